/** Intake: named variables read by label from a ticket description (ADF or plain/HTML-remnant text). */
import { z } from 'zod';

export const intakeFieldSchema = z.object({
  name: z.string().min(1),
  label: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  type: z.enum(['text', 'email', 'date', 'select', 'boolean']),
  required: z.boolean().default(true),
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

function collect(node: unknown, out: string[]): void {
  if (node === null || typeof node !== 'object') return;
  const n = node as { type?: unknown; text?: unknown; content?: unknown };
  if (n.type === 'text' && typeof n.text === 'string') out.push(n.text);
  if (n.type === 'hardBreak') out.push('\n');
  if (Array.isArray(n.content)) for (const c of n.content) collect(c, out);
  if (n.type === 'paragraph' || n.type === 'heading') out.push('\n');
}

export function adfToText(adf: unknown): string {
  try {
    if (typeof adf === 'string') return adf;
    const out: string[] = [];
    collect(adf, out);
    return out.join('');
  } catch {
    return '';
  }
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function parseIntake(description: unknown, fields: readonly IntakeField[]): IntakeResult {
  const values: Record<string, string | boolean> = {};
  const problems: IntakeProblem[] = [];
  const lines = adfToText(description).split('\n');
  for (const f of fields) {
    const labels = Array.isArray(f.label) ? f.label : [f.label];
    const main = labels[0] ?? f.name;
    let found: string | undefined;
    for (const line of lines) {
      const i = line.indexOf(':');
      if (i > 0 && labels.some((l) => norm(l) === norm(line.slice(0, i)))) {
        found = line.slice(i + 1).trim();
        break;
      }
    }
    if (found) values[f.name] = f.type === 'email' ? found.toLowerCase() : found;
    else if (f.required !== false)
      problems.push({
        code: 'missing',
        field: f.name,
        label: main,
        message: `${main} is missing: add a line '${main}: ...' to the request`,
      });
  }
  return { values, problems };
}
