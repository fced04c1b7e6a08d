import { issue, keys, search } from './fixtures';

const run = (state: string, nextDueAt: string | null, extra: Record<string, unknown> = {}) => ({
  'onboarding-run': { playbook: 'new-starter', stage: 'accounts', state, nextDueAt, attention: 'none', ...extra },
});
const overdue = issue({ key: 'SS-1', properties: run('active', '2026-11-25T09:00:00Z') });
const later = issue({ key: 'SS-2', properties: run('active', '2026-11-26T09:00:00Z') });
const done = issue({ key: 'SS-3', properties: run('completed', null) });
const none = issue({ key: 'SS-4' });
const all = [overdue, later, done, none];

describe('JQL issue entity properties', () => {
  it('searches a date property by its alias and by issue.property[key].path', () => {
    expect(keys('onboardingNextDue <= now()', all)).toEqual(['SS-1']);
    expect(keys('issue.property[onboarding-run].nextDueAt <= now()', all)).toEqual(['SS-1']);
    expect(keys('issue.property["onboarding-run"].nextDueAt > "2026-11-26"', all)).toEqual(['SS-2']);
    expect(keys('onboardingnextdue is empty', all)).toEqual(['SS-3', 'SS-4']);
  });

  it('matches string aliases exactly', () => {
    expect(keys('onboardingState = active', all)).toEqual(['SS-1', 'SS-2']);
    expect(keys('onboardingState != active', all)).toEqual(['SS-3']);
    expect(keys('onboardingState in (completed, paused)', all)).toEqual(['SS-3']);
    expect(keys('onboardingState = Active', all)).toEqual([]);
    expect(keys('onboardingPlaybook = "new-starter" AND onboardingStage = accounts', all)).toEqual([
      'SS-1',
      'SS-2',
      'SS-3',
    ]);
    expect(keys('onboardingAttention is not empty', all)).toEqual(['SS-1', 'SS-2', 'SS-3']);
  });

  it('the app query for due runs finds them in due order', () => {
    const jql = 'onboardingState = active AND onboardingNextDue <= "2026-11-27" ORDER BY onboardingNextDue ASC';
    expect(search(jql, [later, overdue, done, none])).toEqual(['SS-1', 'SS-2']);
  });

  it('an array in a property matches any element', () => {
    const tagged = issue({ key: 'SS-5', properties: { 'onboarding-run': { state: ['active', 'blocked'] } } });
    expect(keys('onboardingState = blocked', [tagged, none])).toEqual(['SS-5']);
  });

  it('a path the manifest does not index is, as in Jira, on no issue', () => {
    expect(keys('issue.property[onboarding-run].playbookVersion = 3', all)).toEqual([]);
    expect(keys('issue.property[other].x is empty', all)).toHaveLength(4);
  });
});
