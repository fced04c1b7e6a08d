import { issue, keys, refusal } from './fixtures';

const a = issue({
  key: 'SS-1',
  summary: 'New starter: Ana Berg (Finance)',
  description: 'Needs a laptop and SAP access',
});
const b = issue({ key: 'SS-2', summary: 'Leaver - Tom', description: null, comments: ['Laptop returned to IT'] });
const c = issue({ key: 'SS-3', summary: 'Onboarding the finance team', description: 'Concatenated note' });
const all = [a, b, c];

describe('JQL text search (~)', () => {
  it('matches words case-insensitively, every word required', () => {
    expect(keys('summary ~ finance', all)).toEqual(['SS-1', 'SS-3']);
    expect(keys('summary ~ "ana finance"', all)).toEqual(['SS-1']);
    expect(keys('summary ~ "ana tom"', all)).toEqual([]);
  });

  it('matches whole words with light stemming, not arbitrary substrings', () => {
    expect(keys('summary ~ starters', all)).toEqual(['SS-1']);
    expect(keys('summary ~ onboard', all)).toEqual(['SS-3']);
    expect(keys('description ~ cat', all)).toEqual([]);
  });

  it('phrases, wildcards and exclusions', () => {
    expect(keys('summary ~ "\\"new starter\\""', all)).toEqual(['SS-1']);
    expect(keys('summary ~ "\\"starter new\\""', all)).toEqual([]);
    expect(keys('summary ~ "fin*"', all)).toEqual(['SS-1', 'SS-3']);
    expect(keys('summary ~ "t*m"', all)).toEqual(['SS-2', 'SS-3']);
    expect(keys('summary ~ "finance -team"', all)).toEqual(['SS-1']);
  });

  it('fuzzy, proximity and boost modifiers are ignored, as Jira Cloud documents', () => {
    expect(keys('summary ~ "ana~"', all)).toEqual(['SS-1']);
    expect(keys('summary ~ "ana~0.8 berg^2"', all)).toEqual(['SS-1']);
    expect(keys('summary ~ "\\"new starter\\"~3"', all)).toEqual(['SS-1']);
  });

  it('!~ excludes matches and EMPTY fields', () => {
    expect(keys('summary !~ finance', all)).toEqual(['SS-2']);
    expect(keys('description !~ laptop', all)).toEqual(['SS-3']);
  });

  it('text ~ searches summary, description, comments and text custom fields, each on its own', () => {
    expect(keys('text ~ laptop', all)).toEqual(['SS-1', 'SS-2']);
    expect(keys('text ~ "returned"', all)).toEqual(['SS-2']);
    expect(keys('comment ~ returned', all)).toEqual(['SS-2']);
    const two = issue({ key: 'SS-4', comments: ['Laptop ordered', 'Badge returned'] });
    expect(keys('comment ~ "laptop returned"', [two])).toEqual([]);
    expect(keys('comment ~ "badge returned"', [two])).toEqual(['SS-4']);
    expect(keys('text ~ "ana laptop"', all)).toEqual([]);
  });

  it('refuses what Jira refuses and Lucene syntax it cannot answer exactly', () => {
    expect(refusal('summary ~ ""')).toEqual(["The field 'summary' does not support searching for an empty string."]);
    expect(refusal('summary ~ "*ana"')).toEqual([
      "The text query '*ana' for field 'summary' is not allowed to start with '*'.",
    ]);
    expect(refusal('text ~ "AND"')).toEqual(["Unable to parse the text 'AND' for field 'text'."]);
    expect(refusal('text ~ "ana OR tom"')).toEqual(["Unable to parse the text 'ana OR tom' for field 'text'."]);
    expect(refusal('summary ~ "t?m"')).toEqual(["Unable to parse the text 't?m' for field 'summary'."]);
    expect(refusal('summary ~ "(ana)"')).toEqual(["Unable to parse the text '(ana)' for field 'summary'."]);
    expect(refusal('summary ~ "-ana"')).toEqual(["Unable to parse the text '-ana' for field 'summary'."]);
  });
});
