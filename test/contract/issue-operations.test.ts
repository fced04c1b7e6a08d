// Every issue-level operation of src/jira against the local site, through the real @forge/api path, with
// each request and response checked against Atlassian's specs.
import { route } from '@forge/api';
import {
  addComment,
  addWatcher,
  createIssue,
  doc,
  editIssue,
  getComment,
  getIssue,
  getIssueProperty,
  getRecentComments,
  isInternal,
  linkAsDuplicate,
  mention,
  paragraph,
  searchJql,
  searchJqlPage,
  setIssueProperty,
  transitionToStatus,
} from '../../src/jira';
import { JIRA_OPERATIONS } from '../../src/jira/operations';
import { ISSUE_OPERATIONS } from './support/coverage';
import { contractSite, seenKeys, type ContractSite } from './support/site';

const DAVID = '712020:david-ellis';
const MAILBOX = '712020:onboarding-mailbox';
const AGENT = '712020:priya-agent';

let ctx: ContractSite;
let ss: string;

beforeAll(async () => {
  ctx = await contractSite();
  const created = await createIssue(ctx.app, {
    fields: {
      project: { key: 'SS' },
      issuetype: { id: '10100' },
      summary: 'EverBright Partner Onboarding',
      description: doc(paragraph('Contractor Installer name: Bright Solar AS')),
    },
  });
  ss = created.key;
});

afterAll(() => ctx.uninstall());

describe('issues', () => {
  it('createIssue gives the new key; getIssue returns the chosen fields only', async () => {
    expect(ss).toMatch(/^SS-\d+$/);
    const issue = await getIssue(ctx.app, { issueIdOrKey: ss, fields: ['summary', 'status'] });
    expect(issue.key).toBe(ss);
    expect(issue.fields.summary).toBe('EverBright Partner Onboarding');
    expect(Object.keys(issue.fields).sort()).toEqual(['status', 'summary']);
  });

  it('editIssue applies reporter, select by value, Organizations ids and request type in one request', async () => {
    const before = ctx.checker.seen.length;
    await editIssue(ctx.app, ss, {
      reporter: MAILBOX,
      selects: { customfield_10050: 'Integrated Finance' },
      organizations: { fieldId: 'customfield_10002', ids: [1] },
      requestType: { fieldId: 'customfield_10010', requestTypeId: '2' },
    });
    expect(ctx.checker.seen.slice(before).map((c) => c.method)).toEqual(['PUT']);
    const issue = await getIssue(ctx.app, {
      issueIdOrKey: ss,
      fields: ['reporter', 'customfield_10050', 'customfield_10002', 'customfield_10010'],
    });
    expect(issue.fields.reporter).toMatchObject({ accountId: MAILBOX });
    expect(issue.fields.customfield_10050).toMatchObject({ value: 'Integrated Finance' });
    expect(issue.fields.customfield_10002).toEqual([expect.objectContaining({ id: '1' })]);
    expect(issue.fields.customfield_10010).toMatchObject({
      requestType: { id: '2', name: 'Company-specific Data Change' },
    });
  });

  it('addWatcher (JSON-string body) makes the user a watcher, and a repeat changes nothing', async () => {
    await addWatcher(ctx.app, ss, DAVID);
    await addWatcher(ctx.app, ss, DAVID);
    const issue = await getIssue(ctx.app, { issueIdOrKey: ss, fields: ['watches'] });
    expect(issue.fields.watches).toMatchObject({ watchCount: 1 });
  });
});

describe('comments', () => {
  it('addComment writes an internal comment with a real mention, verified by reading it back', async () => {
    const body = doc(paragraph(mention(DAVID, 'David Ellis'), ' may the products go live? ', '@James [~accountid:x]'));
    const added = await addComment(ctx.app, { issueIdOrKey: ss, body, internal: true, commandKey: 'c1' });
    expect(added.internal).toBe(true);
    const comment = await getComment(ctx.app, ss, added.id);
    expect(isInternal(comment)).toBe(true);
    expect(JSON.stringify(comment.body)).toContain('"mention"');
  });

  it('a customer-facing comment is public', async () => {
    const added = await addComment(ctx.app, {
      issueIdOrKey: ss,
      body: doc(paragraph('Welcome aboard.')),
      internal: false,
      commandKey: 'c2',
    });
    expect(added.internal).toBe(false);
  });

  it('getComments lists the newest first with the command key property', async () => {
    const recent = await getRecentComments(ctx.app, ss);
    expect(recent.map((c) => c.properties.find((p) => p.key === 'onboarding.command')?.value)).toEqual([
      { key: 'c2' },
      { key: 'c1' },
    ]);
  });
});

describe('transitions', () => {
  it('moves by target status name, case-insensitively, and is a no-op when already there', async () => {
    expect(await transitionToStatus(ctx.app, ss, 'waiting for support')).toMatchObject({ moved: true });
    expect(await transitionToStatus(ctx.app, ss, 'Waiting for support')).toEqual({ moved: false });
  });

  it('sends the resolution when the screen needs it', async () => {
    const dup = await createIssue(ctx.app, {
      fields: { project: { key: 'SS' }, issuetype: { id: '10100' }, summary: 'RE: approval' },
    });
    await expect(transitionToStatus(ctx.app, dup.key, 'Closed')).rejects.toMatchObject({ code: 'INVALID' });
    await transitionToStatus(ctx.app, dup.key, 'Closed', { resolution: 'Duplicate' });
    const issue = await getIssue(ctx.app, { issueIdOrKey: dup.key, fields: ['status', 'resolution'] });
    expect(issue.fields).toMatchObject({ status: { name: 'Closed' }, resolution: { name: 'Duplicate' } });
  });

  it('a status the workflow cannot reach is NOT_FOUND, naming what is reachable', async () => {
    await expect(transitionToStatus(ctx.app, ss, 'On Hold')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('links', () => {
  it('the new approval ticket "duplicates" the onboarding ticket', async () => {
    const reply = await createIssue(ctx.app, {
      fields: { project: { key: 'SS' }, issuetype: { id: '10100' }, summary: 'Approved - go live' },
    });
    await linkAsDuplicate(ctx.app, { duplicate: reply.key, original: ss });
    await linkAsDuplicate(ctx.app, { duplicate: reply.key, original: ss });
    const fromReply = await getIssue(ctx.app, { issueIdOrKey: reply.key, fields: ['issuelinks'] });
    const links = fromReply.fields.issuelinks as { type: { outward: string }; outwardIssue?: { key: string } }[];
    expect(links.map((l) => [l.type.outward, l.outwardIssue?.key])).toEqual([['duplicates', ss]]);
    const fromOriginal = await getIssue(ctx.app, { issueIdOrKey: ss, fields: ['issuelinks'] });
    const back = fromOriginal.fields.issuelinks as { type: { inward: string }; inwardIssue?: { key: string } }[];
    expect(back.map((l) => [l.type.inward, l.inwardIssue?.key])).toEqual([['is duplicated by', reply.key]]);
  });
});

describe('entity properties and search', () => {
  it('sets, reads and finds an issue by its indexed property with nextPageToken paging', async () => {
    expect(await getIssueProperty(ctx.app, ss, 'onboarding-run')).toBeUndefined();
    await setIssueProperty(ctx.app, ss, 'onboarding-run', { playbook: 's1', stage: 'approval', state: 'running' });
    expect(await getIssueProperty(ctx.app, ss, 'onboarding-run')).toEqual({
      value: { playbook: 's1', stage: 'approval', state: 'running' },
    });
    const page = await searchJqlPage(ctx.app, {
      jql: 'project = SS ORDER BY key ASC',
      fields: ['summary'],
      maxResults: 1,
    });
    expect(page.issues).toHaveLength(1);
    expect(page.nextPageToken).toBeDefined();
    const all = await searchJql(ctx.app, { jql: 'project = SS ORDER BY key ASC', fields: ['summary'], maxResults: 1 });
    expect(all.length).toBeGreaterThanOrEqual(3);
    const found = await searchJql(ctx.app, {
      jql: 'onboardingState = "running"',
      fields: ['summary'],
      properties: ['onboarding-run'],
    });
    expect(found.map((i) => i.key)).toEqual([ss]);
  });

  it('acts as the user through asUser(): the agent can read the ticket', async () => {
    const issue = await ctx.asUser(AGENT, (jira) => getIssue(jira, { issueIdOrKey: ss, fields: ['summary'] }));
    expect(issue.key).toBe(ss);
  });
});

describe('against the specs', () => {
  it("every request and response matched Atlassian's specs", () => {
    expect(ctx.checker.violations).toEqual([]);
  });

  it('exercised every issue operation', () => {
    const seen = seenKeys(ctx.checker);
    const wanted = JIRA_OPERATIONS.filter((o) => (ISSUE_OPERATIONS as readonly string[]).includes(o.operationId));
    expect(wanted.filter((o) => !seen.has(`${o.method} ${o.path}`)).map((o) => o.operationId)).toEqual([]);
  });
});

describe('the spec checker itself', () => {
  it('flags a request the spec refuses', async () => {
    const before = ctx.checker.violations.length;
    await expect(
      ctx.app.call({
        operation: 'editIssue',
        method: 'PUT',
        route: route`/rest/api/3/issue/${ss}`,
        body: { fields: 'not an object' },
        safety: 'idempotent',
      }),
    ).rejects.toMatchObject({ code: 'INVALID' });
    expect(ctx.checker.violations.slice(before)).toEqual([expect.stringContaining('request: body/fields')]);
    ctx.checker.violations.length = before;
  });
});
