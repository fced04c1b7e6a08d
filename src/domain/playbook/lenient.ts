/**
 * When the schema refuses a document, the cross-field checks still run on what can be read, so an admin sees the
 * shape errors and the reference errors (unknown steps, roles, variables) together. Parts that do not parse are
 * replaced by placeholders that keep their ids and names, and array positions stay put so paths stay true.
 */
import type { Playbook } from './schema/playbook';
import { playbookIntakeFieldSchema } from './schema/playbook';
import { matchSchema } from './schema/match';
import { roleSpecSchema } from './schema/roles';
import { stepSchema } from './schema/steps';
import { actionSchema } from './schema/actions';
import { flowSchema, lookupSchema } from './schema/lifecycle';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
// Array.from also turns holes (sparse arrays) into undefined entries, which .map would skip.
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? Array.from(v as unknown[]) : []);
const str = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);
const strings = (v: unknown): string[] => arr(v).filter((x): x is string => typeof x === 'string');

export function lenientPlaybook(doc: unknown): Playbook {
  const d = obj(doc);
  const steps = arr(d.steps).map((raw, i) => {
    const r = stepSchema.safeParse(raw);
    if (r.success) return r.data;
    const o = obj(raw);
    // A wait on time has no references: the placeholder adds no errors of its own.
    return {
      id: str(o.id, `#${i}`),
      kind: 'wait' as const,
      lane: 'support',
      readiness: 'unknown' as const,
      dependsOn: strings(o.dependsOn),
      for: { kind: 'time' as const, after: 'PT1H' },
    };
  });
  const intake = arr(d.intake).map((raw, i) => {
    const r = playbookIntakeFieldSchema.safeParse(raw);
    return r.success
      ? r.data
      : { name: str(obj(raw).name, `#${i}`), label: 'placeholder', type: 'text' as const, required: false };
  });
  const roles = Object.fromEntries(
    Object.entries(obj(d.roles)).map(([name, raw]) => {
      const r = roleSpecSchema.safeParse(raw);
      return [name, r.success ? r.data : { person: 'placeholder' }];
    }),
  );
  const m = matchSchema.safeParse(d.match);
  const match = m.success
    ? m.data
    : {
        project: 'placeholder',
        exclude: { subjectPrefixes: [], senderRoles: strings(obj(obj(d.match).exclude).senderRoles) },
      };
  const hooks = arr(obj(d.on).customerCommunicationNeeded).flatMap((raw) => {
    const r = actionSchema.safeParse(raw);
    return r.success ? [r.data] : [];
  });
  return {
    schemaVersion: 1,
    id: 'placeholder',
    name: 'placeholder',
    description: '',
    version: 1,
    enabled: false,
    match,
    intake,
    roles,
    steps,
    // Flows and lookups that parse keep their references checked (and lookup variables declared).
    lookups: arr(d.lookups).flatMap((raw) => {
      const r = lookupSchema.safeParse(raw);
      return r.success ? [r.data] : [];
    }),
    ...(Array.isArray(d.flows)
      ? {
          flows: arr(d.flows).flatMap((raw) => {
            const r = flowSchema.safeParse(raw);
            return r.success ? [r.data] : [];
          }),
        }
      : {}),
    on: hooks.length > 0 ? { customerCommunicationNeeded: hooks } : {},
  };
}
