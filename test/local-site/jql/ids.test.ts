import { compileJql } from '../../../local/site/jql';
import { issue, keys, refusal, schema } from './fixtures';

const withIds = schema({
  knownValues: {
    ...schema().knownValues,
    projectIds: { '10000': 'SS', '10001': 'CS' },
    statusIds: { '1': 'Open', '3': 'In Progress' },
    issueTypeIds: { '10100': 'Task' },
    resolutions: ['Done', "Won't Do"],
    resolutionIds: { '10000': 'Done' },
  },
  fieldsByName: {
    ...schema().fieldsByName,
    'Needs Configuration?': {
      id: 'customfield_10010',
      type: 'option',
      options: ['Integrated Finance'],
      optionIds: { '10100': 'Integrated Finance' },
    },
  },
});

const a = issue({ key: 'SS-1', status: 'Open', fields: { customfield_10010: { value: 'Integrated Finance' } } });
const b = issue({ key: 'CS-1', projectKey: 'CS', issueType: 'Task', status: 'In Progress', resolution: 'Done' });

describe('JQL values by id, as Jira accepts them', () => {
  it('an unquoted number is looked up as an id first', () => {
    expect(keys('project = 10001', [a, b], withIds)).toEqual(['CS-1']);
    expect(keys('status in (1, 3)', [a, b], withIds)).toEqual(['CS-1', 'SS-1']);
    expect(keys('issuetype = 10100', [a, b], withIds)).toEqual(['CS-1']);
    expect(keys('resolution = 10000', [a, b], withIds)).toEqual(['CS-1']);
    expect(keys('cf[10010] = 10100', [a, b], withIds)).toEqual(['SS-1']);
  });

  it('an unknown id is refused with Jira ID wording', () => {
    expect(refusal('status = 99', withIds)).toEqual(["A value with ID '99' does not exist for the field 'status'."]);
    expect(refusal('"Needs Configuration?" = 99', withIds)).toEqual([
      "The option '99' for field 'Needs Configuration?' does not exist.",
    ]);
  });
});

describe('JQL odds and ends', () => {
  it('colons and hyphens in text need no escaping', () => {
    const s = issue({ key: 'SS-5', summary: 'New starter: Ana Berg-Olsen' });
    expect(keys('summary ~ "starter: Ana"', [s])).toEqual(['SS-5']);
    expect(keys('summary ~ "berg-olsen"', [s])).toEqual(['SS-5']);
  });

  it('keywords and field names in any case; aliases created/createdDate', () => {
    const s = issue({ key: 'SS-6' });
    expect(keys('PROJECT = ss aNd CreatedDate < now() oRdEr By KEY dEsC', [s])).toEqual(['SS-6']);
  });

  it('escaped characters in values', () => {
    const s = issue({ key: 'SS-7', labels: ['a b', 'x"y'] });
    expect(keys('labels = a\\ b', [s])).toEqual(['SS-7']);
    expect(keys('labels = "x\\"y"', [s])).toEqual(['SS-7']);
    expect(keys("labels = 'x\"y'", [s])).toEqual(['SS-7']);
  });

  it('reports which fields a query used', () => {
    const r = compileJql('project = SS AND onboardingNextDue <= now() ORDER BY cf[10030]', schema());
    expect(r.ok && r.query.fields).toEqual([
      'project',
      'issue.property[onboarding-run].nextDueAt',
      'customfield_10030',
    ]);
    expect(r.ok && r.query.bounded).toBe(true);
    const unbounded = compileJql('ORDER BY key', schema());
    expect(unbounded.ok && unbounded.query.bounded).toBe(false);
  });
});
