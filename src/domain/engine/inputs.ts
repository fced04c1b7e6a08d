/**
 * What a run reads before any step: the intake (description labels, or a ticket field where the playbook names one),
 * the flow's required variables, and the registry lookups. Problems of all three are reported together.
 */
import type { IntakeProblem } from '../intake';
import { parseIntake } from '../intake';
import { convert } from '../intake/convert';
import { flowOf } from './flows';
import { readLookups } from './registries';
import type { Session } from './session';
import { languageOf } from './texts';

export interface Inputs {
  values: Record<string, string | boolean>;
  problems: Pick<IntakeProblem, 'field' | 'code' | 'message'>[];
}

/** A field's value as the run knows it, by name ignoring case. */
export function fieldValue(fields: Readonly<Record<string, string>>, name: string): string | undefined {
  const key = Object.keys(fields).find((k) => k.trim().toLowerCase() === name.trim().toLowerCase());
  const v = key === undefined ? undefined : fields[key];
  return v === undefined || v.trim() === '' ? undefined : v;
}

export function readInputs(s: Session, description: unknown): Inputs {
  const required = new Set(flowOf(s)?.requires ?? []);
  const fields = s.run.issue.fields;
  const fromField = new Map<string, string | boolean>();
  const problems: Inputs['problems'] = [];
  const lang = languageOf(s.playbook);
  for (const f of s.playbook.intake) {
    const raw = f.field === undefined ? undefined : fieldValue(fields, f.field);
    if (raw === undefined) continue;
    const c = convert(f.type, raw, f.options ?? [], lang);
    if (c.ok) fromField.set(f.name, c.value);
    else problems.push({ field: f.name, code: c.code, message: `${f.field ?? f.name}: ${c.why}` });
  }
  // A field value wins over the description; the flow's own needs make a field required.
  const intake = s.playbook.intake
    .filter((f) => !fromField.has(f.name))
    .map((f) => (required.has(f.name) ? { ...f, required: true } : f));
  const parsed = parseIntake(description, intake, lang);
  const values = { ...parsed.values, ...Object.fromEntries(fromField) };
  problems.push(...parsed.problems.filter((p) => !problems.some((q) => q.field === p.field)));
  if (problems.length === 0) problems.push(...readLookups(s, values));
  return { values, problems };
}
