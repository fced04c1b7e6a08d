/** Intake: named variables read by label from a ticket description (ADF or plain/HTML-remnant text). */
import { z } from 'zod';
import { convert, example, fold, type Converted } from './convert';
import { collect, type Candidate } from './collect';
import { INTAKE_TEXTS, type IntakeLanguage } from './messages';

export { adfToText, replyText } from './text';
export { parseDate } from './dates';
export type { IntakeLanguage } from './messages';

export const intakeFieldSchema = z.object({
  /** Variable name the playbook uses. */
  name: z.string().min(1),
  /** The label in the form, or the label followed by aliases. */
  label: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  type: z.enum(['text', 'email', 'date', 'select', 'boolean']),
  required: z.boolean().default(true),
  /** The allowed values of a select field. */
  options: z.array(z.string()).optional(),
  description: z.string().optional(),
});
export type IntakeField = z.infer<typeof intakeFieldSchema>;

export interface IntakeProblem {
  code: 'missing' | 'invalid' | 'ambiguous';
  field: string;
  label: string;
  message: string;
}
export interface IntakeResult {
  values: Record<string, string | boolean>;
  problems: IntakeProblem[];
}

export const labelsOf = (field: IntakeField): string[] =>
  (Array.isArray(field.label) ? field.label : [field.label]).filter((l) => typeof l === 'string' && l !== '');

function suggestion(field: IntakeField, label: string, lang: IntakeLanguage): string {
  const options = field.options ?? [];
  const line = `'${label}: ${example(field.type, options, lang)}'`;
  if (field.type === 'select' && options.length > 0) return `${line} (${INTAKE_TEXTS[lang].oneOf(options)})`;
  // The playbook's description of the field tells the person what belongs there.
  return field.description ? `${line} (${field.description})` : line;
}

/** Form placeholders left unfilled: a text field holding one of these is empty, not a name. */
const PLACEHOLDERS = new Set(['', 'na', 'tbd', 'tba', 'none', 'ingen', 'value', 'xxx']);
const isPlaceholder = (raw: string): boolean =>
  PLACEHOLDERS.has(fold(raw)) || /^[\s\-–—?.…_]+$/.test(raw) || /^\s*(<[^<>]*>|\[[^[\]]*\])\s*$/.test(raw);

/** "ACME" and "acme" written twice are one value, not a conflict. */
const sameKey = (v: string | boolean): string => (typeof v === 'string' ? `s:${fold(v)}` : `b:${String(v)}`);

function resolve(field: IntakeField, candidates: readonly Candidate[], lang: IntakeLanguage): IntakeResult {
  const t = INTAKE_TEXTS[lang];
  const label = labelsOf(field)[0] ?? field.name;
  const problem = (code: IntakeProblem['code'], message: string): IntakeResult => ({
    values: {},
    problems: [{ code, field: field.name, label, message }],
  });
  const filled = candidates.filter((c) => c.raw.trim() !== '' && !(field.type === 'text' && isPlaceholder(c.raw)));
  const preferred = filled.some((c) => c.explicit) ? filled.filter((c) => c.explicit) : filled;
  const results: Converted[] = preferred.map((c) => convert(field.type, c.raw, field.options ?? [], lang));
  const byKey = new Map<string, string | boolean>();
  for (const r of results) if (r.ok && !byKey.has(sameKey(r.value))) byKey.set(sameKey(r.value), r.value);
  const valid = [...byKey.values()];
  if (valid.length === 1) return { values: { [field.name]: valid[0] ?? '' }, problems: [] };
  if (valid.length > 1) return problem('ambiguous', t.twice(label, valid.map(String), suggestion(field, label, lang)));
  const failure = results.find((r): r is Extract<Converted, { ok: false }> => !r.ok);
  if (failure) return problem(failure.code, t.invalid(label, failure.why, suggestion(field, label, lang)));
  if (field.required === false) return { values: {}, problems: [] };
  if (candidates.length > 0) return problem('missing', t.empty(label, suggestion(field, label, lang)));
  return problem('missing', t.missing(label, suggestion(field, label, lang)));
}

/**
 * Reads every field from the description. Values are normalised per type (email lower-cased, date yyyy-mm-dd,
 * select as the option is spelled, boolean true/false). Never throws: unreadable input yields "missing" problems.
 * Problem messages are in `lang` (the playbook's language: they reach the ticket).
 */
export function parseIntake(
  description: unknown,
  fields: readonly IntakeField[],
  lang: IntakeLanguage = 'en',
): IntakeResult {
  let found: Candidate[][];
  try {
    found = collect(
      description,
      fields.map(labelsOf),
      fields.map((f) => f.type === 'boolean'),
    );
  } catch {
    found = fields.map(() => []);
  }
  const result: IntakeResult = { values: {}, problems: [] };
  fields.forEach((field, i) => {
    const one = resolve(field, found[i] ?? [], lang);
    Object.assign(result.values, one.values);
    result.problems.push(...one.problems);
  });
  return result;
}
