/** Validation errors: a path into the document, a stable code and a message that says what to fix. */
import type { z } from 'zod';

export interface PlaybookError {
  path: string;
  code: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out === '' ? '(document)' : out;
}

/** The values a discriminator may take, by where it sits: a step's kind, a wait's kind, an action's do. */
function choices(discriminator: string, path: readonly PropertyKey[]): string {
  if (discriminator === 'do') return 'setFields, addWatchers, comment, transition, createIssue, setProperty';
  if (path.includes('for')) return 'linkedIssue, status, field, time';
  if (discriminator === 'kind') return 'action, wait, approval';
  return 'the documented values';
}

type Issue = z.core.$ZodIssue;

/** A union's branches each report why they failed; the branch with the fewest complaints is the one meant. */
function closestBranch(errors: Issue[][]): Issue[] {
  let best: Issue[] | undefined;
  for (const branch of errors) if (!best || branch.length < best.length) best = branch;
  return best ?? [];
}

export function fromZodIssues(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): PlaybookError[] {
  const out: PlaybookError[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const last = path[path.length - 1];
    // A list item is named with its list ('actions[0]'), a bare index would say nothing.
    const key = typeof last === 'number' ? formatPath(path.slice(-2)) : String(last ?? 'value');
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const k of issue.keys) {
          out.push({
            path: formatPath([...path, k]),
            code: 'unknown_key',
            message: `'${k}' is not a known setting here: remove it or fix its spelling`,
          });
        }
        break;
      case 'invalid_union': {
        const discriminator = 'discriminator' in issue ? String(issue.discriminator) : undefined;
        if (discriminator || issue.errors.length === 0) {
          const d = discriminator ?? key;
          const at = path[path.length - 1] === d ? path : [...path, d];
          out.push({
            path: formatPath(at),
            code: 'invalid_choice',
            message: `set '${d}' to one of: ${choices(d, path)}`,
          });
        } else out.push(...fromZodIssues(closestBranch(issue.errors), path));
        break;
      }
      case 'invalid_type':
        if (issue.input === undefined) {
          out.push({
            path: formatPath(path),
            code: 'required',
            message: `'${key}' is required: add it (${article(issue.expected)})`,
          });
        } else {
          const got = Array.isArray(issue.input) ? 'a list' : issue.input === null ? 'null' : typeof issue.input;
          out.push({
            path: formatPath(path),
            code: 'invalid_type',
            message: `'${key}' must be ${article(issue.expected)}, not ${got}`,
          });
        }
        break;
      case 'invalid_value':
        out.push({
          path: formatPath(path),
          code: 'invalid_value',
          message: `'${key}' must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        });
        break;
      case 'custom': {
        const code = typeof issue.params?.code === 'string' ? issue.params.code : 'invalid';
        out.push({ path: formatPath(path), code, message: `'${key}': ${issue.message}` });
        break;
      }
      default:
        out.push({ path: formatPath(path), code: issue.code, message: `'${key}': ${issue.message}` });
    }
  }
  return out;
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'a mapping (key: value)';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
