// Custom fields (by name or cf[id]) and issue entity properties (by search alias or issue.property[key].path).
import { storedDateMillis } from './dates';
import { chooser, EQ_EMPTY, lower, ORDERED, present, REL, TEXT, user, type FieldDef } from './fieldkit';
import type { JqlCustomField, JqlIssue, JqlPropertyAlias } from './types';

/**
 * Values of a custom field or property, flattened: arrays give every element; an object every name it can be
 * searched by (an option's value, a user's accountId, a request type's name and key), the first one sorting.
 */
function scalars(raw: unknown): unknown[] {
  if (raw === null || raw === undefined || raw === '') return [];
  if (Array.isArray(raw)) return raw.flatMap(scalars);
  if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    return [o.value, o.accountId, o.name, o.key].flatMap((v) => (typeof v === 'object' ? [] : scalars(v)));
  }
  return [raw];
}

export function typed(
  id: string,
  name: string,
  type: JqlCustomField['type'] | JqlPropertyAlias['type'],
  get: (i: JqlIssue) => unknown,
  zone: string,
  cf?: JqlCustomField,
): FieldDef {
  const strings = (i: JqlIssue) => scalars(get(i)).map(String);
  switch (type) {
    case 'number':
      return {
        id,
        name,
        kind: 'number',
        operators: ORDERED,
        emptyOk: true,
        values: (i) => scalars(get(i)).map(Number).filter(Number.isFinite),
        sort: 'value',
      };
    case 'date':
    case 'datetime':
      return {
        id,
        name,
        kind: 'datetime',
        operators: ORDERED,
        emptyOk: true,
        values: (i) => scalars(get(i)).flatMap((v) => present(storedDateMillis(v, zone))),
        sort: 'value',
      };
    case 'text':
      return {
        id,
        name,
        kind: 'text',
        operators: TEXT,
        emptyOk: true,
        values: (i) => strings(i).filter((s) => s !== ''),
      };
    case 'user':
      return user(id, name, strings);
    case 'option':
    case 'array': {
      const resolve = cf?.options ? chooser(name, cf.options, {}, cf.optionIds, true) : (text: string) => [lower(text)];
      return {
        id,
        name,
        kind: 'choice',
        operators: EQ_EMPTY,
        emptyOk: true,
        values: (i) => strings(i).map(lower),
        resolve,
      };
    }
    case 'string':
      // Custom text fields take `~` in Jira; an entity property's string is matched exactly.
      return id.startsWith('customfield_')
        ? { id, name, kind: 'text', operators: TEXT, emptyOk: true, values: strings, sort: 'string' }
        : { id, name, kind: 'exact', operators: EQ_EMPTY, emptyOk: true, values: strings, sort: 'string' };
  }
}

export function property(
  id: string,
  name: string,
  key: string,
  path: string,
  type: JqlPropertyAlias['type'] | null,
  zone: string,
): FieldDef {
  const get = (i: JqlIssue) =>
    path
      .split('.')
      .filter(Boolean)
      .reduce<unknown>(
        (v, p) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined),
        i.properties[key],
      );
  // A path the manifest does not index is, to Jira, a property no issue has.
  if (!type)
    return { id, name, kind: 'exact', operators: [...EQ_EMPTY, ...REL, '~', '!~'], emptyOk: true, values: () => [] };
  return typed(id, name, type, get, zone);
}
