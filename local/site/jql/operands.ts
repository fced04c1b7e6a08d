// Turns a clause's operand into the targets it names, refusing what Jira would refuse for that field.
import type { Operand, Operator } from './ast';
import { parseDateOperand } from './dates';
import { JqlError, invalid } from './errors';
import type { FieldDef } from './fields';
import { callFunction } from './functions';
import { parseTextQuery, type TextQuery } from './text';
import type { JqlSchema } from './types';

export type Target =
  { t: 'empty' } | { t: 'value'; v: string | number } | { t: 'linked'; key: string } | { t: 'text'; q: TextQuery };

export const RELATIONAL: ReadonlySet<Operator> = new Set(['<', '>', '<=', '>=']);
const KEY = /^[A-Z][A-Z0-9_]*-\d+$/i;

/** Jira checks the operand's shape (list or not, EMPTY for IS) before whether the field takes the operator. */
export function checkShape(field: FieldDef, op: Operator, operand: Operand): void {
  if (op === 'is' || op === 'is not') {
    if (operand.kind !== 'empty') throw new JqlError([invalid.nonEmptyValue(op, operand.display, field.name)]);
  } else if (op === 'in' || op === 'not in') {
    if (operand.kind === 'value' || operand.kind === 'empty') {
      throw new JqlError([invalid.nonListValue(op, operand.display, field.name)]);
    }
  } else if (operand.kind === 'list') {
    throw new JqlError([invalid.listValue(op, operand.display, field.name)]);
  }
}

export function targetsFor(field: FieldDef, op: Operator, operand: Operand, schema: JqlSchema): Target[] {
  const items = operand.kind === 'list' ? operand.items : [operand];
  const errors: string[] = [];
  const targets: Target[] = [];
  for (const item of items) {
    try {
      targets.push(...itemTargets(field, op, item, schema));
    } catch (e) {
      if (!(e instanceof JqlError)) throw e;
      errors.push(...e.messages);
    }
  }
  if (errors.length) throw new JqlError(errors);
  return targets;
}

function itemTargets(field: FieldDef, op: Operator, item: Operand, schema: JqlSchema): Target[] {
  const name = field.name;
  if (item.kind === 'empty') {
    if (!field.emptyOk) throw new JqlError([invalid.emptyNotSupported(name)]);
    if (RELATIONAL.has(op)) throw new JqlError([invalid.emptyOrdered(op, name)]);
    return [{ t: 'empty' }];
  }
  if (item.kind === 'list') throw new JqlError([invalid.listValue(op, item.display, name)]); // lists do not nest
  if (item.kind === 'function') {
    const value = callFunction(item, schema);
    if (value.kind === 'date') {
      if (field.kind !== 'datetime') throw new JqlError([invalid.functionForField(item.name, name)]);
      return [{ t: 'value', v: value.ms }];
    }
    if (value.kind === 'user') {
      if (field.kind === 'datetime') throw new JqlError([invalid.dateFromFunction(item.name, name)]);
      if (field.kind !== 'user') throw new JqlError([invalid.functionForField(item.name, name)]);
      return value.accountId === null ? [] : [{ t: 'value', v: value.accountId }];
    }
    if (field.kind !== 'key' || (op !== 'in' && op !== 'not in')) {
      throw new JqlError([invalid.functionForField(item.name, name)]);
    }
    return [{ t: 'linked', key: value.key }];
  }
  const text = item.text;
  switch (field.kind) {
    case 'choice': {
      const names = field.resolve ? field.resolve(text, item.number) : [text.toLowerCase()];
      return names.length ? names.map((v) => ({ t: 'value', v })) : [{ t: 'empty' }];
    }
    case 'key': {
      if (item.number) return [{ t: 'value', v: `#${text}` }];
      if (!KEY.test(text)) throw new JqlError([invalid.badKey(text, name)]);
      const known = schema.knownValues.issueKeys;
      if (known && !known.some((k) => k.toUpperCase() === text.toUpperCase())) {
        throw new JqlError([invalid.noIssue(text, name)]);
      }
      return [{ t: 'value', v: text.toUpperCase() }];
    }
    case 'user': {
      // Jira Cloud also resolves a user's email or display name to the account.
      const byName = schema.knownValues.userNames?.[text.toLowerCase()];
      if (byName !== undefined) return [{ t: 'value', v: byName }];
      const users = schema.knownValues.users;
      if (users && !users.includes(text)) throw new JqlError([invalid.noValue(text, name)]);
      return [{ t: 'value', v: text }];
    }
    case 'exact':
      return [{ t: 'value', v: text }];
    case 'datetime': {
      const ms = parseDateOperand(text, item.number, schema);
      if (ms === null) throw new JqlError([invalid.date(text, name)]);
      return [{ t: 'value', v: ms }];
    }
    case 'number': {
      const n = text.trim() === '' ? NaN : Number(text);
      if (!Number.isFinite(n)) throw new JqlError([invalid.number(text, name)]);
      return [{ t: 'value', v: n }];
    }
    case 'text':
      return [{ t: 'text', q: parseTextQuery(text, name) }];
  }
}
