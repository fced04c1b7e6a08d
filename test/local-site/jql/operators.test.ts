import { issue, keys, schema } from './fixtures';

const open = issue({ key: 'SS-1', status: 'Open', assignee: 'agent-1', labels: ['vip'] });
const progress = issue({ key: 'SS-2', status: 'In Progress', assignee: 'agent-2', labels: ['vip', 'remote'] });
const closed = issue({ key: 'SS-3', status: 'Closed', statusCategory: 'done', resolution: 'Done', assignee: null });
const config = issue({ key: 'CS-1', projectKey: 'CS', issueType: 'Task', status: 'To Do' });
const all = [open, progress, closed, config];

describe('JQL operators', () => {
  it('= and != compare names case-insensitively', () => {
    expect(keys('status = open', all)).toEqual(['SS-1']);
    expect(keys('status != "In Progress"', all)).toEqual(['CS-1', 'SS-1', 'SS-3']);
    expect(keys('project = cs', all)).toEqual(['CS-1']);
    expect(keys('project = "Service Desk"', all)).toEqual(['SS-1', 'SS-2', 'SS-3']);
    expect(keys('issuetype = task', all)).toEqual(['CS-1']);
    expect(keys('type = "Service Request"', all)).toEqual(['SS-1', 'SS-2', 'SS-3']);
  });

  it('IN and NOT IN take lists', () => {
    expect(keys('status in (Open, "In Progress")', all)).toEqual(['SS-1', 'SS-2']);
    expect(keys('status not in (Open, "In Progress")', all)).toEqual(['CS-1', 'SS-3']);
    expect(keys('key in (SS-1, cs-1)', all)).toEqual(['CS-1', 'SS-1']);
  });

  it('!= and NOT IN never match an EMPTY field, as Jira documents', () => {
    expect(keys('assignee != agent-1', all)).toEqual(['SS-2']);
    expect(keys('assignee not in (agent-2)', all)).toEqual(['SS-1']);
    expect(keys('assignee != agent-1 OR assignee is EMPTY', all)).toEqual(['CS-1', 'SS-2', 'SS-3']);
    expect(keys('labels != remote', all)).toEqual(['SS-1']);
  });

  it('IS EMPTY / IS NOT EMPTY / = EMPTY / IN (..., EMPTY)', () => {
    expect(keys('assignee is EMPTY', all)).toEqual(['CS-1', 'SS-3']);
    expect(keys('assignee IS NOT null', all)).toEqual(['SS-1', 'SS-2']);
    expect(keys('assignee = EMPTY', all)).toEqual(['CS-1', 'SS-3']);
    expect(keys('assignee != EMPTY', all)).toEqual(['SS-1', 'SS-2']);
    expect(keys('assignee in (agent-1, EMPTY)', all)).toEqual(['CS-1', 'SS-1', 'SS-3']);
    expect(keys('resolution is empty', all)).toEqual(['CS-1', 'SS-1', 'SS-2']);
    expect(keys('resolution = Unresolved', all)).toEqual(['CS-1', 'SS-1', 'SS-2']);
    expect(keys('resolution = done', all)).toEqual(['SS-3']);
  });

  it('statusCategory by name, key or id', () => {
    expect(keys('statusCategory = Done', all)).toEqual(['SS-3']);
    expect(keys('statuscategory != done', all)).toEqual(['CS-1', 'SS-1', 'SS-2']);
    expect(keys('statusCategory in ("To Do", 3)', all)).toEqual(['CS-1', 'SS-1', 'SS-2', 'SS-3']);
  });

  it('key, issuekey, issue and id; < and > compare numbers within a project', () => {
    const many = [1, 2, 10, 11].map((n) => issue({ key: `SS-${n}`, id: String(20000 + n) }));
    expect(keys('key > SS-2', many)).toEqual(['SS-10', 'SS-11']);
    expect(keys('issuekey <= SS-10', many)).toEqual(['SS-1', 'SS-10', 'SS-2']);
    expect(keys('issue = ss-11', many)).toEqual(['SS-11']);
    expect(keys('id = 20002', many)).toEqual(['SS-2']);
    expect(keys('key < CS-5', many)).toEqual([]);
  });

  it('user fields: accountIds and currentUser()', () => {
    expect(keys('assignee = currentUser()', all)).toEqual(['SS-1']);
    expect(keys('assignee != currentUser()', all)).toEqual(['SS-2']);
    expect(keys('reporter = customer-1 AND assignee = agent-2', all)).toEqual(['SS-2']);
    const watched = issue({ key: 'SS-9', watchers: ['agent-1', 'agent-3'] });
    expect(keys('watcher = currentUser()', [...all, watched])).toEqual(['SS-9']);
    expect(keys('watchers >= 2', [...all, watched])).toEqual(['SS-9']);
  });

  it('user values by email or display name, as Jira Cloud resolves them', () => {
    const s = schema({
      knownValues: {
        ...schema().knownValues,
        users: ['agent-1', 'agent-2'],
        userNames: { 'agent.one@example.com': 'agent-1', 'agent two': 'agent-2' },
      },
    });
    expect(keys('assignee = "Agent.One@example.com"', all, s)).toEqual(['SS-1']);
    expect(keys('assignee in ("Agent Two", agent-1)', all, s)).toEqual(['SS-1', 'SS-2']);
  });

  it('currentUser() for an anonymous search matches nobody', () => {
    expect(keys('assignee = currentUser()', all, schema({ currentUser: null }))).toEqual([]);
  });

  it('labels match case-insensitively, any of several', () => {
    expect(keys('labels = vip', all)).toEqual(['SS-1', 'SS-2']);
    expect(keys('labels = VIP', all)).toEqual(['SS-1', 'SS-2']);
    expect(keys('labels in (remote)', all)).toEqual(['SS-2']);
    expect(keys('labels is empty', all)).toEqual(['CS-1', 'SS-3']);
  });

  it('issue in linkedIssues(KEY) follows links both ways', () => {
    const a = issue({ key: 'SS-7', linkedKeys: ['CS-4'] });
    const b = issue({ key: 'CS-4', projectKey: 'CS', linkedKeys: ['SS-7'] });
    expect(keys('issue in linkedIssues(CS-4)', [a, b, open])).toEqual(['SS-7']);
    expect(keys('issue not in linkedIssues("cs-4")', [a, b, open])).toEqual(['CS-4', 'SS-1']);
  });
});
