// The exact bodies the facts in docs/JIRA_FACTS.md depend on, as they leave the client.
import {
  addComment,
  addOrganizationToServiceDesk,
  addWatcher,
  doc,
  editIssue,
  editIssueBody,
  linkAsDuplicate,
  paragraph,
} from '../../src/jira';
import { json, scripted } from './support/scripted';

const noContent = () => new Response(null, { status: 204 });

it('an edit carries every change in one PUT, each in the shape Jira takes', async () => {
  const h = scripted([noContent]);
  await editIssue(h.jira, 'SS-1', {
    reporter: '712020:onboarding-mailbox',
    selects: { customfield_10050: 'Integrated Finance' },
    organizations: { fieldId: 'customfield_10002', ids: [7] },
    requestType: { fieldId: 'customfield_10010', requestTypeId: '2' },
    fields: { customfield_10060: '2027-01-31' },
  });
  expect(h.requests.map((r) => [r.method, r.path])).toEqual([['PUT', '/rest/api/3/issue/SS-1']]);
  expect(JSON.parse(h.requests[0]?.body ?? '')).toEqual({
    fields: {
      reporter: { accountId: '712020:onboarding-mailbox' },
      customfield_10050: { value: 'Integrated Finance' },
      customfield_10002: [7],
      customfield_10010: '2',
      customfield_10060: '2027-01-31',
    },
  });
});

it('an empty edit sends nothing', async () => {
  const h = scripted([noContent]);
  await editIssue(h.jira, 'SS-1', {});
  expect(h.requests).toEqual([]);
  expect(editIssueBody({})).toEqual({ fields: {} });
});

it('a watcher is added with the account id as a JSON string body', async () => {
  const h = scripted([noContent]);
  await addWatcher(h.jira, 'SS-1', '712020:david-ellis');
  expect(h.requests[0]?.body).toBe('"712020:david-ellis"');
});

it('a duplicate link puts the duplicate in inwardIssue', async () => {
  const h = scripted([() => new Response(null, { status: 201 })]);
  await linkAsDuplicate(h.jira, { duplicate: 'SS-9', original: 'SS-1' });
  expect(JSON.parse(h.requests[0]?.body ?? '')).toEqual({
    type: { name: 'Duplicate' },
    inwardIssue: { key: 'SS-9' },
    outwardIssue: { key: 'SS-1' },
  });
});

it('an organization id goes to the service desk as a number', async () => {
  const h = scripted([noContent]);
  await addOrganizationToServiceDesk(h.jira, '1', '42');
  expect(JSON.parse(h.requests[0]?.body ?? '')).toEqual({ organizationId: 42 });
});

it('an internal comment sets sd.public.comment {internal: true} (a boolean) in the create body', async () => {
  const h = scripted([
    (request, recorded) => {
      if (recorded.path.startsWith('/rest/api/3/issue/SS-1/comment?')) return json(200, { comments: [] });
      if (request.method === 'POST') return json(201, { id: '5' });
      return json(200, { id: '5', jsdPublic: false, properties: [] });
    },
  ]);
  await addComment(h.jira, { issueIdOrKey: 'SS-1', body: doc(paragraph('x')), internal: true, commandKey: 'k' });
  const post = h.requests.find((r) => r.method === 'POST');
  expect(JSON.parse(post?.body ?? '')).toMatchObject({
    properties: [
      { key: 'sd.public.comment', value: { internal: true } },
      { key: 'onboarding.command', value: { key: 'k' } },
    ],
  });
});
