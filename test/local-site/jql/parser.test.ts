import { parseJql } from '../../../local/site/jql/parser';

const where = (jql: string) => parseJql(jql).where;
const t = (name: string, operator: string, operand: object) => ({
  kind: 'terminal',
  field: { kind: 'name', name },
  operator,
  operand,
});
const v = (text: string, number = false) => ({ kind: 'value', text, number, display: number ? text : `"${text}"` });

describe('JQL parser', () => {
  it('reads an empty query as no restriction', () => {
    expect(parseJql('')).toEqual({ where: null, orderBy: [] });
    expect(parseJql('  \n ')).toEqual({ where: null, orderBy: [] });
  });

  it('reads every operator, keywords in any case', () => {
    for (const op of ['=', '!=', '~', '!~', '<', '>', '<=', '>=']) {
      expect(where(`a ${op} b`)).toEqual(t('a', op, v('b')));
    }
    expect(where('a In (b, "c d")')).toMatchObject({
      operator: 'in',
      operand: { kind: 'list', display: '("b", "c d")' },
    });
    expect(where('a not IN (b)')).toMatchObject({ operator: 'not in' });
    expect(where('a IS empty')).toEqual(t('a', 'is', { kind: 'empty', display: 'EMPTY' }));
    expect(where('a is NOT Null')).toEqual(t('a', 'is not', { kind: 'empty', display: 'EMPTY' }));
  });

  it('reads numbers as numbers and quoted digits as strings', () => {
    expect(where('a = 10')).toEqual(t('a', '=', v('10', true)));
    expect(where('a = "10"')).toEqual(t('a', '=', v('10')));
  });

  it('reads functions with and without arguments', () => {
    expect(where('a = now()')).toMatchObject({
      operand: { kind: 'function', name: 'now', args: [], display: 'now()' },
    });
    expect(where('a > startOfDay(-1)')).toMatchObject({ operand: { kind: 'function', args: ['-1'] } });
    expect(where('a in linkedIssues("SS-1", duplicates)')).toMatchObject({
      operand: { kind: 'function', args: ['SS-1', 'duplicates'], display: 'linkedIssues(SS-1, duplicates)' },
    });
  });

  it('reads quoted field names, cf[id] and entity properties', () => {
    expect(where('"Needs Configuration?" = x')).toMatchObject({
      field: { kind: 'name', name: 'Needs Configuration?' },
    });
    expect(where('cf[10010] = x')).toMatchObject({ field: { kind: 'cf', id: '10010', name: 'cf[10010]' } });
    expect(where('issue.property[onboarding-run].nextDueAt <= now()')).toMatchObject({
      field: { kind: 'property', entity: 'issue.property', key: 'onboarding-run', path: 'nextDueAt' },
    });
    expect(where('issue.property["spaces here"].a.b = 1')).toMatchObject({
      field: { kind: 'property', key: 'spaces here', path: 'a.b', name: 'issue.property[spaces here].a.b' },
    });
  });

  it('binds AND tighter than OR, NOT tightest, parentheses first', () => {
    expect(where('a = 1 OR b = 2 AND c = 3')).toMatchObject({
      kind: 'or',
      clauses: [{ kind: 'terminal' }, { kind: 'and', clauses: [{ kind: 'terminal' }, { kind: 'terminal' }] }],
    });
    expect(where('(a = 1 OR b = 2) AND c = 3')).toMatchObject({ kind: 'and', clauses: [{ kind: 'or' }, {}] });
    expect(where('NOT a = 1 AND b = 2')).toMatchObject({
      kind: 'and',
      clauses: [{ kind: 'not' }, { kind: 'terminal' }],
    });
    expect(where('!(a = 1 or b = 2)')).toMatchObject({ kind: 'not', clause: { kind: 'or' } });
    expect(where('a = 1 && b = 2 | c = 3')).toMatchObject({ kind: 'or', clauses: [{ kind: 'and' }, {}] });
  });

  it('reads ORDER BY with directions, with or without a where-clause', () => {
    expect(parseJql('a = 1 order BY created DESC, key, "Seats" asc').orderBy).toEqual([
      { field: { kind: 'name', name: 'created' }, direction: 'desc' },
      { field: { kind: 'name', name: 'key' }, direction: null },
      { field: { kind: 'name', name: 'Seats' }, direction: 'asc' },
    ]);
    expect(parseJql('ORDER BY onboardingNextDue')).toEqual({
      where: null,
      orderBy: [{ field: { kind: 'name', name: 'onboardingNextDue' }, direction: null }],
    });
  });
});
