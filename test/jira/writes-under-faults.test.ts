// "No write applied twice": Jira applies the write, then the answer is lost (504 / network). The retry must
// find the earlier write instead of sending a second comment, organization or transition.
import { addComment, createOrganization, doc, paragraph, transitionToStatus, type Comment } from '../../src/jira';
import { json, scripted, type Recorded } from './support/scripted';

const commentsOn = (stored: Comment[]) =>
  json(200, { comments: [...stored].reverse(), startAt: 0, total: stored.length });
const isPost = (r: Recorded) => r.method === 'POST';

describe('addComment under faults', () => {
  const body = doc(paragraph('Please approve.'));

  function site(firstAnswerLost: 'applied' | 'not-reached') {
    const stored: Comment[] = [];
    let posts = 0;
    const h = scripted([
      (request, recorded) => {
        const path = recorded.path;
        if (request.method === 'POST' && path === '/rest/api/3/issue/SS-1/comment') {
          posts += 1;
          if (posts === 1 && firstAnswerLost === 'not-reached') return 'network-error';
          const sent = JSON.parse(recorded.body) as { properties: Comment['properties'] };
          const comment = { id: String(100 + stored.length), properties: sent.properties };
          stored.push(comment);
          if (posts === 1) return json(504, { errorMessages: ['gateway timeout'] });
          return json(201, comment);
        }
        if (path.startsWith('/rest/api/3/issue/SS-1/comment?')) return commentsOn(stored);
        const one = /^\/rest\/api\/3\/issue\/SS-1\/comment\/(\d+)\?/.exec(path);
        const found = stored.find((c) => c.id === one?.[1]);
        return found ? json(200, { ...found, jsdPublic: false }) : json(404, { errorMessages: ['no comment'] });
      },
    ]);
    return { h, stored };
  }

  it('finds the comment Jira applied before the answer was lost, and posts nothing more', async () => {
    const { h, stored } = site('applied');
    const added = await addComment(h.jira, {
      issueIdOrKey: 'SS-1',
      body,
      internal: true,
      commandKey: 'run-1:approval:0',
    });
    expect(stored).toHaveLength(1);
    expect(added).toEqual({ id: '100', internal: true });
    expect(h.requests.filter(isPost)).toHaveLength(1);
  });

  it('re-sends when the first request never reached Jira', async () => {
    const { h, stored } = site('not-reached');
    const added = await addComment(h.jira, {
      issueIdOrKey: 'SS-1',
      body,
      internal: true,
      commandKey: 'run-1:approval:0',
    });
    expect(stored).toHaveLength(1);
    expect(added.id).toBe('100');
    expect(h.requests.filter(isPost)).toHaveLength(2);
  });

  it('a command re-run after a failed read-back finds its comment instead of posting again', async () => {
    const stored: Comment[] = [];
    let readBackDown = true;
    const h = scripted([
      (request, recorded) => {
        if (request.method === 'POST') {
          const sent = JSON.parse(recorded.body) as { properties: Comment['properties'] };
          stored.push({ id: String(200 + stored.length), properties: sent.properties });
          return json(201, { id: stored.at(-1)?.id });
        }
        if (recorded.path.startsWith('/rest/api/3/issue/SS-1/comment?')) return commentsOn(stored);
        return readBackDown ? json(503, {}) : json(200, { ...stored[0], jsdPublic: false });
      },
    ]);
    const args = { issueIdOrKey: 'SS-1', body, internal: true, commandKey: 'run-1:note:0' };
    await expect(addComment(h.jira, args)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    readBackDown = false;
    expect(await addComment(h.jira, args)).toEqual({ id: '200', internal: true });
    expect(stored).toHaveLength(1);
  });

  it('reports VISIBILITY_MISMATCH when the written comment is public although internal was asked', async () => {
    const h = scripted([
      (request) =>
        request.method === 'POST' ? json(201, { id: '7' }) : json(200, { id: '7', jsdPublic: true, properties: [] }),
    ]);
    await expect(
      addComment(h.jira, { issueIdOrKey: 'SS-1', body, internal: true, commandKey: 'k' }),
    ).rejects.toMatchObject({ code: 'VISIBILITY_MISMATCH' });
  });
});

describe('createOrganization under faults', () => {
  it('does not create a second organization when the first create was applied', async () => {
    const orgs: { id: string; name: string }[] = [];
    const h = scripted([
      (request) => {
        if (request.method === 'POST') {
          orgs.push({ id: String(orgs.length + 1), name: 'Bright Solar AS' });
          return orgs.length === 1 ? json(503, {}) : json(201, orgs.at(-1));
        }
        return json(200, { values: orgs, isLastPage: true, start: 0, size: orgs.length, limit: 50 });
      },
    ]);
    const org = await createOrganization(h.jira, 'Bright Solar AS');
    expect(org.id).toBe('1');
    expect(orgs).toHaveLength(1);
  });
});

describe('transitionToStatus under faults', () => {
  it('does not transition twice when the first transition was applied but answered 502', async () => {
    let status = 'Open';
    let transitions = 0;
    const h = scripted([
      (request, recorded) => {
        if (recorded.path.startsWith('/rest/api/3/issue/SS-1/transitions?')) {
          return json(200, {
            transitions: [{ id: '21', name: 'Wait', to: { id: '3', name: 'Waiting for support' }, fields: {} }],
          });
        }
        if (request.method === 'POST') {
          transitions += 1;
          status = 'Waiting for support';
          return json(502, {});
        }
        return json(200, { id: '1', key: 'SS-1', fields: { status: { name: status } } });
      },
    ]);
    const outcome = await transitionToStatus(h.jira, 'SS-1', 'waiting for support');
    expect(outcome).toEqual({ moved: true, transitionId: '21' });
    expect(transitions).toBe(1);
    expect(status).toBe('Waiting for support');
  });
});
