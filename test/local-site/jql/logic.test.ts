import { issue, keys } from './fixtures';

const a = issue({ key: 'SS-1', status: 'Open', assignee: 'agent-1' });
const b = issue({ key: 'SS-2', status: 'Open', assignee: null });
const c = issue({ key: 'SS-3', status: 'Closed', assignee: 'agent-2' });
const d = issue({ key: 'CS-1', projectKey: 'CS', status: 'Done', assignee: 'agent-1' });
const all = [a, b, c, d];

describe('JQL AND / OR / NOT', () => {
  it('AND binds tighter than OR', () => {
    expect(keys('project = CS OR status = Open AND assignee = agent-1', all)).toEqual(['CS-1', 'SS-1']);
    expect(keys('(project = CS OR status = Open) AND assignee = agent-1', all)).toEqual(['CS-1', 'SS-1']);
    expect(keys('project = SS AND status = Closed OR project = CS', all)).toEqual(['CS-1', 'SS-3']);
    expect(keys('project = SS AND (status = Closed OR project = CS)', all)).toEqual(['SS-3']);
  });

  it('symbols mean the same as words', () => {
    expect(keys('project = SS && status = Open || project = CS', all)).toEqual(['CS-1', 'SS-1', 'SS-2']);
    expect(keys('!status = Open', all)).toEqual(['CS-1', 'SS-3']);
  });

  it('NOT field = value is field != value: EMPTY stays out, as Jira documents', () => {
    expect(keys('NOT assignee = agent-1', all)).toEqual(['SS-3']);
    expect(keys('assignee != agent-1', all)).toEqual(['SS-3']);
    expect(keys('NOT assignee is EMPTY', all)).toEqual(['CS-1', 'SS-1', 'SS-3']);
    expect(keys('NOT assignee in (agent-2)', all)).toEqual(['CS-1', 'SS-1']);
  });

  it('NOT over a group applies De Morgan', () => {
    expect(keys('NOT (status = Open OR project = CS)', all)).toEqual(['SS-3']);
    expect(keys('NOT (status = Open AND assignee = agent-1)', all)).toEqual(['CS-1', 'SS-3']);
    expect(keys('NOT NOT status = Open', all)).toEqual(['SS-1', 'SS-2']);
  });

  it('NOT of an ordered comparison flips it', () => {
    const due = [issue({ key: 'SS-8', duedate: '2026-11-20' }), issue({ key: 'SS-9', duedate: null })];
    expect(keys('NOT duedate > "2026-11-22"', due)).toEqual(['SS-8']);
  });

  it('an empty where-clause matches everything', () => {
    expect(keys('', all)).toHaveLength(4);
    expect(keys('order by key', all)).toHaveLength(4);
  });
});
