import fc from 'fast-check';
import { compileJql } from '../../../local/site/jql';
import { issue, schema } from './fixtures';

const PIECES = [
  'project',
  'status',
  'key',
  'summary',
  'text',
  'created',
  'duedate',
  'onboardingNextDue',
  '"Needs Configuration?"',
  'cf[10010]',
  'issue.property[onboarding-run].state',
  '=',
  '!=',
  '~',
  '!~',
  '<',
  '<=',
  '>',
  '>=',
  'in',
  'not in',
  'is',
  'is not',
  'EMPTY',
  'AND',
  'OR',
  'NOT',
  '!',
  '(',
  ')',
  ',',
  'SS',
  'SS-1',
  '"Open"',
  '-1d',
  'now()',
  'startOfDay(-1)',
  'currentUser()',
  'ORDER BY',
  'ASC',
  'DESC',
  '"a\\"b"',
  "'x'",
  '[',
  ']',
  '*',
  '\\',
  '"',
];

const sample = [issue(), issue({ assignee: 'agent-1', duedate: '2026-11-30', labels: ['x'] })];

function exercise(jql: string): void {
  const r = compileJql(jql, schema());
  if (r.ok) {
    for (const i of sample) r.query.matches(i);
    [...sample].sort((a, b) => r.query.compare(a, b));
  } else {
    expect(r.errorMessages.length).toBeGreaterThan(0);
    for (const m of r.errorMessages) expect(m).not.toMatch(/internal error/);
  }
}

describe('compileJql never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => exercise(s)),
      { numRuns: 500 },
    );
  });

  it('on random sequences of JQL pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (parts) => exercise(parts.join(' '))),
      { numRuns: 1000 },
    );
  });
});
