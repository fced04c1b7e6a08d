// ORDER BY. Without a direction a field takes its own default (Jira sorts date-times newest first); empty
// values go last either way. Ties, and a query without ORDER BY, fall back to the newest issue first
// (created, then id, descending), a stable stand-in for Jira's unspecified default order.
import type { OrderItem } from './ast';
import { storedDateMillis } from './dates';
import { JqlError, invalid } from './errors';
import { order, splitKey } from './evaluate';
import { resolveField, type FieldDef } from './fields';
import type { JqlIssue, JqlSchema } from './types';

export type Comparator = (a: JqlIssue, b: JqlIssue) => number;

const DESC_BY_DEFAULT = new Set(['created', 'updated', 'resolutiondate']);

export function compileOrder(items: OrderItem[], schema: JqlSchema, errors: string[], fields: Set<string>): Comparator {
  const parts: Comparator[] = [];
  for (const item of items) {
    try {
      // Jira answers an unknown field here, too, with "Not able to sort using field" (seen on Jira's REST API).
      const field = resolveOrNull(item.field, schema);
      if (!field?.sort) throw new JqlError([invalid.noSort(field?.name ?? item.field.name)]);
      fields.add(field.id);
      const direction = item.direction ?? (DESC_BY_DEFAULT.has(field.id) ? 'desc' : 'asc');
      parts.push(byField(field, direction === 'desc' ? -1 : 1, schema));
    } catch (e) {
      if (!(e instanceof JqlError)) throw e;
      errors.push(...e.messages);
    }
  }
  parts.push(newestFirst(schema.timeZone));
  return (a, b) => {
    for (const p of parts) {
      const c = p(a, b);
      if (c !== 0) return c;
    }
    return 0;
  };
}

function resolveOrNull(ref: OrderItem['field'], schema: JqlSchema): FieldDef | null {
  try {
    return resolveField(ref, schema);
  } catch (e) {
    if (e instanceof JqlError) return null;
    throw e;
  }
}

function byField(field: FieldDef, sign: 1 | -1, schema: JqlSchema): Comparator {
  const names = new Map(Object.entries(schema.knownValues.projectNames ?? {}).map(([n, k]) => [k.toLowerCase(), n]));
  const sortValue = (issue: JqlIssue): string | number | undefined => {
    const v = field.values(issue)[0];
    // Jira sorts projects by name.
    if (field.id === 'project' && typeof v === 'string') return (names.get(v) ?? v).toLowerCase();
    return typeof v === 'string' && field.sort === 'string' ? v.toLowerCase() : v;
  };
  return (a, b) => {
    const va = sortValue(a);
    const vb = sortValue(b);
    if (va === undefined || vb === undefined) return va === vb ? 0 : va === undefined ? 1 : -1;
    if (field.sort === 'key' && typeof va === 'string' && typeof vb === 'string') {
      const [pa, na] = splitKey(va);
      const [pb, nb] = splitKey(vb);
      return sign * (pa === pb ? na - nb : pa < pb ? -1 : 1);
    }
    const c = order(field, va, vb) ?? (String(va) < String(vb) ? -1 : String(va) > String(vb) ? 1 : 0);
    return sign * c;
  };
}

function newestFirst(zone: string): Comparator {
  return (a, b) => {
    const ca = storedDateMillis(a.created, zone) ?? 0;
    const cb = storedDateMillis(b.created, zone) ?? 0;
    if (ca !== cb) return cb - ca;
    const ia = Number(a.id);
    const ib = Number(b.id);
    if (Number.isFinite(ia) && Number.isFinite(ib) && ia !== ib) return ib - ia;
    return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
  };
}
