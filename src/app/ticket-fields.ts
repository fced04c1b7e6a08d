/**
 * What a project's playbooks read from a ticket beyond summary and description: fields by name (intake fields, date
 * steps, field waits) and the request type (matches and flows). Read once when a ticket arrives, so a playbook can
 * match on its request type and its intake can take a field's value; nothing is read for playbooks that need none.
 */
import { z } from 'zod';
import type { Playbook } from '../domain/playbook';

const requestTypeMatch = z.looseObject({ requestType: z.string().optional() }).optional();
const readsSchema = z.looseObject({
  match: requestTypeMatch,
  flows: z.array(z.looseObject({ match: requestTypeMatch })).optional(),
  intake: z.array(z.looseObject({ field: z.string().optional() })).optional(),
  steps: z
    .array(
      z.looseObject({ field: z.string().optional(), for: z.looseObject({ field: z.string().optional() }).optional() }),
    )
    .optional(),
});

export interface FieldReads {
  /** Field names, as the playbooks write them (the site's names may differ in case). */
  names: string[];
  requestType: boolean;
}

export function fieldsReadBy(playbooks: readonly Playbook[]): FieldReads {
  const names = new Set<string>();
  let requestType = false;
  for (const pb of playbooks) {
    const p = readsSchema.safeParse(pb);
    if (!p.success) continue;
    if (p.data.match?.requestType !== undefined) requestType = true;
    if (p.data.flows?.some((f) => f.match?.requestType !== undefined)) requestType = true;
    for (const f of p.data.intake ?? []) if (f.field !== undefined) names.add(f.field);
    for (const s of p.data.steps ?? []) for (const n of [s.field, s.for?.field]) if (n !== undefined) names.add(n);
  }
  return { names: [...names], requestType };
}

const named = (v: unknown): string | undefined => {
  if (v === null || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  for (const k of ['value', 'name', 'displayName']) if (typeof o[k] === 'string') return o[k];
  const rt = o.requestType as { name?: unknown } | undefined;
  return typeof rt?.name === 'string' ? rt.name : undefined;
};

/** A field's value as text: text, number, date, an option's value, a request type's or organizations' names. */
export function fieldText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(named).filter((x): x is string => x !== undefined);
    return parts.length > 0 ? parts.join(', ') : undefined;
  }
  return named(value);
}
