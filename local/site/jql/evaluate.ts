// Compiles the where-clause into a predicate. NOT is pushed down to the clauses (De Morgan; `NOT a = b` is
// `a != b`), so a negated clause, like Jira's != and NOT IN, never matches an issue whose field is EMPTY.
import { NEGATED, type Clause, type Operator } from './ast';
import { sameMinute } from './dates';
import { JqlError, invalid } from './errors';
import { resolveField, type FieldDef } from './fields';
import { checkShape, RELATIONAL, targetsFor, type Target } from './operands';
import { textMatches } from './text';
import type { JqlIssue, JqlSchema } from './types';

export type Predicate = (issue: JqlIssue) => boolean;

export interface CompileState {
  schema: JqlSchema;
  errors: string[];
  fields: Set<string>;
}

export function compileClause(clause: Clause, negate: boolean, state: CompileState): Predicate {
  switch (clause.kind) {
    case 'and':
    case 'or': {
      const parts = clause.clauses.map((c) => compileClause(c, negate, state));
      const all = (clause.kind === 'and') !== negate;
      return all ? (i) => parts.every((p) => p(i)) : (i) => parts.some((p) => p(i));
    }
    case 'not':
      return compileClause(clause.clause, !negate, state);
    case 'terminal':
      try {
        const field = resolveField(clause.field, state.schema);
        state.fields.add(field.id);
        checkShape(field, clause.operator, clause.operand);
        if (!field.operators.includes(clause.operator)) {
          throw new JqlError([invalid.operator(clause.operator, field.name)]);
        }
        const targets = targetsFor(field, clause.operator, clause.operand, state.schema);
        return matcher(field, negate ? NEGATED[clause.operator] : clause.operator, targets);
      } catch (e) {
        if (!(e instanceof JqlError)) throw e;
        state.errors.push(...e.messages);
        return () => false;
      }
  }
}

function equal(field: FieldDef, value: string | number, target: string | number): boolean {
  if (field.kind === 'datetime' && typeof value === 'number' && typeof target === 'number') {
    return sameMinute(value, target);
  }
  return value === target;
}

/** Ordered comparison, or null when the two cannot be ordered (keys of different projects). */
export function order(field: FieldDef, a: string | number, b: string | number): number | null {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (field.kind !== 'key' || typeof a !== 'string' || typeof b !== 'string') return null;
  if (a.startsWith('#') !== b.startsWith('#')) return null;
  if (a.startsWith('#')) return Number(a.slice(1)) - Number(b.slice(1));
  const [pa, na] = splitKey(a);
  const [pb, nb] = splitKey(b);
  return pa === pb ? na - nb : null;
}

export function splitKey(key: string): [string, number] {
  const dash = key.lastIndexOf('-');
  return [key.slice(0, dash), Number(key.slice(dash + 1))];
}

function matcher(field: FieldDef, op: Operator, targets: Target[]): Predicate {
  const hits = (issue: JqlIssue, values: (string | number)[], t: Target): boolean => {
    if (t.t === 'empty') return values.length === 0;
    if (t.t === 'linked') return issue.linkedKeys.some((k) => k.toUpperCase() === t.key);
    if (t.t === 'text') return values.some((v) => textMatches(t.q, String(v)));
    return values.some((v) => equal(field, v, t.v));
  };
  const nonEmpty = targets.filter((t) => t.t !== 'empty');
  switch (op) {
    case '=':
    case 'in':
    case '~':
      return (i) => {
        const values = field.values(i);
        return targets.some((t) => hits(i, values, t));
      };
    case '!=':
    case 'not in':
    case '!~':
      return (i) => {
        const values = field.values(i);
        return values.length > 0 && !nonEmpty.some((t) => hits(i, values, t));
      };
    case 'is':
      return (i) => field.values(i).length === 0;
    case 'is not':
      return (i) => field.values(i).length > 0;
    default: {
      const target = targets[0];
      if (!RELATIONAL.has(op) || target?.t !== 'value') return () => false;
      const test = (c: number) => (op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0);
      return (i) =>
        field.values(i).some((v) => {
          const c = order(field, v, target.v);
          return c !== null && test(c);
        });
    }
  }
}
