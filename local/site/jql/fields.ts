// Which fields a query can name, what each one holds and which operators Jira lets it take.
import type { FieldRef } from './ast';
import { property, typed } from './customFields';
import { JqlError, invalid } from './errors';
import { lower, type FieldDef } from './fieldkit';
import { systemField } from './systemFields';
import type { JqlSchema } from './types';

export type { FieldDef } from './fieldkit';

export function resolveField(ref: FieldRef, schema: JqlSchema): FieldDef {
  const zone = schema.timeZone;
  if (ref.kind === 'cf') {
    const cf = Object.values(schema.fieldsByName).find((f) => f.id === `customfield_${ref.id}`);
    if (cf) return typed(cf.id, ref.name, cf.type, (i) => i.fields[cf.id], zone, cf);
    throw new JqlError([invalid.noField(ref.name)]);
  }
  if (ref.kind === 'property') {
    if (lower(ref.entity) !== 'issue.property') throw new JqlError([invalid.noField(ref.name)]);
    const alias = Object.values(schema.propertyAliases).find((a) => a.propertyKey === ref.key && a.path === ref.path);
    return property(`issue.property[${ref.key}].${ref.path}`, ref.name, ref.key, ref.path, alias?.type ?? null, zone);
  }
  const sys = systemField(ref.name, schema);
  if (sys) return sys;
  const wanted = lower(ref.name);
  const cfEntry = Object.entries(schema.fieldsByName).find(([n]) => lower(n) === wanted);
  if (cfEntry) return typed(cfEntry[1].id, ref.name, cfEntry[1].type, (i) => i.fields[cfEntry[1].id], zone, cfEntry[1]);
  const aliasEntry = Object.entries(schema.propertyAliases).find(([n]) => lower(n) === wanted);
  if (aliasEntry) {
    const a = aliasEntry[1];
    return property(`issue.property[${a.propertyKey}].${a.path}`, ref.name, a.propertyKey, a.path, a.type, zone);
  }
  throw new JqlError([invalid.noField(ref.name)]);
}
