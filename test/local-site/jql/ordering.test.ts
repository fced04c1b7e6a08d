import { issue, refusal, search } from './fixtures';

const a = issue({ key: 'SS-2', id: '2', summary: 'beta', created: '2026-11-20T10:00:00Z', duedate: '2026-12-01' });
const b = issue({ key: 'SS-10', id: '10', summary: 'Alpha', created: '2026-11-22T10:00:00Z', duedate: null });
const c = issue({
  key: 'CS-1',
  id: '11',
  projectKey: 'CS',
  summary: 'gamma',
  created: '2026-11-21T10:00:00Z',
  duedate: '2026-11-28',
});
const all = [a, b, c];

describe('JQL ORDER BY', () => {
  it('sorts keys by project, then by number', () => {
    expect(search('order by key', all)).toEqual(['CS-1', 'SS-2', 'SS-10']);
    expect(search('order by key DESC', all)).toEqual(['SS-10', 'SS-2', 'CS-1']);
  });

  it('dates sort newest first by default; ASC and DESC as asked', () => {
    expect(search('order by created', all)).toEqual(['SS-10', 'CS-1', 'SS-2']);
    expect(search('order by created asc', all)).toEqual(['SS-2', 'CS-1', 'SS-10']);
  });

  it('empty values go last in both directions', () => {
    expect(search('order by duedate', all)).toEqual(['CS-1', 'SS-2', 'SS-10']);
    expect(search('order by duedate desc', all)).toEqual(['SS-2', 'CS-1', 'SS-10']);
  });

  it('several fields: later ones break ties', () => {
    const x = [
      issue({ key: 'SS-20', projectKey: 'SS', summary: 'b' }),
      issue({ key: 'CS-20', projectKey: 'CS', summary: 'b' }),
      issue({ key: 'SS-21', projectKey: 'SS', summary: 'a' }),
    ];
    expect(search('order by summary ASC, key DESC', x)).toEqual(['SS-21', 'SS-20', 'CS-20']);
    expect(search('order by project, summary', x)).toEqual(['CS-20', 'SS-21', 'SS-20']);
  });

  it('text sorts case-insensitively; numbers and aliases by value', () => {
    expect(search('order by summary', all)).toEqual(['SS-10', 'SS-2', 'CS-1']);
    const runs = [
      issue({ key: 'SS-30', properties: { 'onboarding-run': { nextDueAt: '2026-11-27T00:00:00Z' } } }),
      issue({ key: 'SS-31', properties: { 'onboarding-run': { nextDueAt: '2026-11-26T00:00:00Z' } } }),
      issue({ key: 'SS-32', fields: { customfield_10030: 5 } }),
    ];
    expect(search('order by onboardingNextDue asc', runs)).toEqual(['SS-31', 'SS-30', 'SS-32']);
    expect(search('order by Seats desc', runs)[0]).toBe('SS-32');
  });

  it('without ORDER BY: newest created first', () => {
    expect(search('project in (SS, CS)', all)).toEqual(['SS-10', 'CS-1', 'SS-2']);
  });

  it('refuses fields it cannot order the way Jira does', () => {
    expect(refusal('order by status')).toEqual(["Not able to sort using field 'status'."]);
    expect(refusal('project = SS order by nope')).toEqual(["Not able to sort using field 'nope'."]);
    expect(refusal('order by issue.property[x].y')).toEqual(["Not able to sort using field 'issue.property[x].y'."]);
    expect(refusal('order by text')).toEqual(["Not able to sort using field 'text'."]);
  });
});
