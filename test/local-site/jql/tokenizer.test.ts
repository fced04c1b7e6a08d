import { tokenize } from '../../../local/site/jql/tokenizer';

const kinds = (jql: string) => tokenize(jql).map((t) => [t.kind, t.text]);

describe('JQL tokenizer', () => {
  it('splits words, strings, operators, brackets and logical symbols', () => {
    expect(kinds(`summary ~ "a \\"b\\"" AND status != 'In Progress' && x<=-7d || !(y)`)).toEqual([
      ['word', 'summary'],
      ['op', '~'],
      ['string', 'a "b"'],
      ['word', 'AND'],
      ['word', 'status'],
      ['op', '!='],
      ['string', 'In Progress'],
      ['and', '&&'],
      ['word', 'x'],
      ['op', '<='],
      ['word', '-7d'],
      ['or', '||'],
      ['bang', '!'],
      ['(', '('],
      ['word', 'y'],
      [')', ')'],
      ['eof', ''],
    ]);
  });

  it('keeps dots, dashes and colons inside unquoted words', () => {
    expect(kinds('issue.property[onboarding-run].nextDueAt')).toEqual([
      ['word', 'issue.property'],
      ['[', '['],
      ['word', 'onboarding-run'],
      [']', ']'],
      ['word', '.nextDueAt'],
      ['eof', ''],
    ]);
    expect(kinds('key=SS-12')).toEqual([
      ['word', 'key'],
      ['op', '='],
      ['word', 'SS-12'],
      ['eof', ''],
    ]);
  });

  it('decodes every escape Jira knows, quoted or not', () => {
    expect(tokenize(`"\\t\\n\\r\\\\\\'\\" \\u0041"`)[0]?.text).toBe('\t\n\r\\\'" A');
    expect(tokenize('New\\ starter')[0]?.text).toBe('New starter');
    expect(tokenize(`'say "hi"'`)[0]?.text).toBe('say "hi"');
  });

  it('counts lines and characters from 1', () => {
    const t = tokenize('a = b\n  AND c = d');
    expect(t[3]?.pos).toEqual({ line: 2, column: 3 });
  });
});
