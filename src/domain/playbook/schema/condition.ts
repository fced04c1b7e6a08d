/**
 * Conditions on variables (intake answers and recorded decisions): plain data, evaluated by matching, never eval'd.
 * A step whose `when` is false when it would start is skipped (it counts as done for the steps after it).
 */
import { z } from 'zod';
import { nameSchema } from './common';

export const conditionAtomSchema = z
  .strictObject({
    var: nameSchema,
    /** Equal to this value (text compared ignoring case and surrounding spaces). */
    equals: z.union([z.string(), z.boolean()]).optional(),
    /** One of these values. */
    in: z.array(z.string()).min(1).optional(),
    /** Has a non-empty value (true) or none (false). */
    isSet: z.boolean().optional(),
  })
  .refine((a) => [a.equals, a.in, a.isSet].filter((x) => x !== undefined).length === 1, {
    message: "give exactly one test: 'equals', 'in' or 'isSet'",
    params: { code: 'bad_condition' },
  });
export type ConditionAtom = z.infer<typeof conditionAtomSchema>;

export const conditionSchema = z.union([
  conditionAtomSchema,
  z.strictObject({ all: z.array(conditionAtomSchema).min(1) }),
  z.strictObject({ any: z.array(conditionAtomSchema).min(1) }),
  z.strictObject({ not: conditionAtomSchema }),
]);
export type Condition = z.infer<typeof conditionSchema>;

/** The variables a condition reads. */
export function conditionVariables(c: Condition): string[] {
  if ('all' in c) return c.all.map((a) => a.var);
  if ('any' in c) return c.any.map((a) => a.var);
  if ('not' in c) return [c.not.var];
  return [c.var];
}

const norm = (v: string | boolean): string => String(v).trim().toLowerCase();

function atom(a: ConditionAtom, vars: Readonly<Record<string, string | boolean>>): boolean {
  const v = vars[a.var];
  const set = v !== undefined && norm(v) !== '';
  if (a.isSet !== undefined) return a.isSet === set;
  if (!set) return false;
  if (a.equals !== undefined) return norm(v) === norm(a.equals);
  return (a.in ?? []).some((x) => norm(x) === norm(v));
}

export function evaluateCondition(c: Condition, vars: Readonly<Record<string, string | boolean>>): boolean {
  if ('all' in c) return c.all.every((a) => atom(a, vars));
  if ('any' in c) return c.any.some((a) => atom(a, vars));
  if ('not' in c) return !atom(c.not, vars);
  return atom(c, vars);
}
