import fc from 'fast-check';
import { compileJql, type JqlIssue } from '../../../local/site/jql';
import { issue, schema } from './fixtures';

// Random issues over a few fields that can be EMPTY, and random clauses over them: the laws Jira's semantics
// promise must hold whatever the data.
const users = ['agent-1', 'agent-2', 'agent-3'];
const days = ['2026-11-20', '2026-11-25', '2026-11-30'];

const arbIssue = fc
  .record({
    assignee: fc.option(fc.constantFrom(...users), { nil: null }),
    duedate: fc.option(fc.constantFrom(...days), { nil: null }),
    labels: fc.subarray(['a', 'b', 'c']),
    status: fc.constantFrom('Open', 'Closed'),
  })
  .map((r) => issue(r));

const arbClause = fc.oneof(
  fc.constantFrom(...users).map((u) => `assignee = ${u}`),
  fc.constantFrom(...users).map((u) => `assignee in (${u}, agent-3)`),
  fc.constantFrom(...days).map((d) => `duedate > "${d}"`),
  fc.constantFrom(...days).map((d) => `duedate <= "${d}"`),
  fc.constantFrom('a', 'b', 'c').map((l) => `labels = ${l}`),
  fc.constantFrom('Open', 'Closed').map((s) => `status = ${s}`),
  fc.constantFrom('assignee', 'duedate', 'labels').map((f) => `${f} is EMPTY`),
);

function matcher(jql: string): (i: JqlIssue) => boolean {
  const r = compileJql(jql, schema());
  if (!r.ok) throw new Error(`${jql}: ${r.errorMessages.join(' | ')}`);
  return r.query.matches;
}

const fieldOf = (clause: string) => clause.split(' ')[0] as string;

describe('JQL laws (fast-check)', () => {
  it('a clause, its NOT and "field IS EMPTY" split the issues: every issue is in exactly one', () => {
    fc.assert(
      fc.property(
        arbClause.filter((c) => !c.includes('EMPTY') && !c.startsWith('status')),
        fc.array(arbIssue, { maxLength: 8 }),
        (c, issues) => {
          const [pos, neg, empty] = [matcher(c), matcher(`NOT ${c}`), matcher(`${fieldOf(c)} is EMPTY`)];
          for (const i of issues) expect([pos(i), neg(i), empty(i)].filter(Boolean)).toHaveLength(1);
        },
      ),
    );
  });

  it('De Morgan: NOT (A AND B) = NOT A OR NOT B, NOT (A OR B) = NOT A AND NOT B', () => {
    fc.assert(
      fc.property(arbClause, arbClause, fc.array(arbIssue, { maxLength: 8 }), (a, b, issues) => {
        const l1 = matcher(`NOT (${a} AND ${b})`);
        const r1 = matcher(`NOT ${a} OR NOT ${b}`);
        const l2 = matcher(`NOT (${a} OR ${b})`);
        const r2 = matcher(`NOT ${a} AND NOT ${b}`);
        for (const i of issues) {
          expect(l1(i)).toBe(r1(i));
          expect(l2(i)).toBe(r2(i));
        }
      }),
    );
  });

  it('AND and OR are intersection and union; parentheses and precedence agree', () => {
    fc.assert(
      fc.property(arbClause, arbClause, arbClause, fc.array(arbIssue, { maxLength: 8 }), (a, b, c, issues) => {
        const [ma, mb, mc] = [matcher(a), matcher(b), matcher(c)];
        const flat = matcher(`${a} OR ${b} AND ${c}`);
        const grouped = matcher(`(${a} OR ${b}) AND ${c}`);
        for (const i of issues) {
          expect(flat(i)).toBe(ma(i) || (mb(i) && mc(i)));
          expect(grouped(i)).toBe((ma(i) || mb(i)) && mc(i));
        }
      }),
    );
  });

  it('= v OR != v is exactly IS NOT EMPTY', () => {
    fc.assert(
      fc.property(fc.constantFrom(...users), fc.array(arbIssue, { maxLength: 8 }), (u, issues) => {
        const either = matcher(`assignee = ${u} OR assignee != ${u}`);
        const notEmpty = matcher('assignee is not EMPTY');
        for (const i of issues) expect(either(i)).toBe(notEmpty(i));
      }),
    );
  });

  it('compare is antisymmetric, so sorting does not depend on input order', () => {
    const ok = compileJql('status = Open OR status = Closed ORDER BY duedate DESC, key ASC', schema());
    if (!ok.ok) throw new Error('refused');
    fc.assert(
      fc.property(fc.array(arbIssue, { maxLength: 10 }), (issues) => {
        const keysOf = (list: JqlIssue[]) => [...list].sort(ok.query.compare).map((i) => i.key);
        expect(keysOf([...issues].reverse())).toEqual(keysOf(issues));
        for (const a of issues) {
          for (const b of issues) expect(Math.sign(ok.query.compare(a, b)) + Math.sign(ok.query.compare(b, a))).toBe(0);
        }
      }),
    );
  });
});
