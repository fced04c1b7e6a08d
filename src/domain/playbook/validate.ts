/** validatePlaybook: upgrade, parse with the schema, then cross-field checks. Never throws. */
import { crossCheck } from './cross-checks';
import type { PlaybookError } from './errors';
import { fromZodIssues } from './errors';
import { lenientPlaybook } from './lenient';
import type { Playbook } from './schema/playbook';
import { playbookSchema } from './schema/playbook';
import { upgradePlaybookDocument } from './upgrade';

export type ValidationResult = { ok: true; playbook: Playbook } | { ok: false; errors: PlaybookError[] };

export function validatePlaybook(input: unknown): ValidationResult {
  try {
    const upgraded = upgradePlaybookDocument(input);
    if (!upgraded.ok) return upgraded;
    const parsed = playbookSchema.safeParse(upgraded.doc, { reportInput: true });
    if (!parsed.success) {
      const shape = fromZodIssues(parsed.error.issues);
      // Reference errors inside a part the schema already refused would only repeat it.
      const refused = (path: string): boolean =>
        shape.some((e) => path === e.path || path.startsWith(`${e.path}.`) || path.startsWith(`${e.path}[`));
      const references = crossCheck(lenientPlaybook(upgraded.doc)).filter((e) => !refused(e.path));
      return { ok: false, errors: dedupe([...shape, ...references]) };
    }
    const errors = crossCheck(parsed.data);
    return errors.length > 0 ? { ok: false, errors: dedupe(errors) } : { ok: true, playbook: parsed.data };
  } catch (e) {
    // A bug in a check must not take the admin page down: report it as an error of the document.
    return {
      ok: false,
      errors: [
        { path: '(document)', code: 'internal', message: `validation failed unexpectedly: ${(e as Error).message}` },
      ],
    };
  }
}

function dedupe(errors: PlaybookError[]): PlaybookError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.path}|${e.code}|${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
