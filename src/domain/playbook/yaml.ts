/** Playbooks as people write them: YAML (JSON is valid YAML), with errors pointing at lines where possible. */
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { PlaybookError } from './errors';
import type { Playbook } from './schema/playbook';
import { validatePlaybook } from './validate';

export type PlaybookYamlError = PlaybookError & { line?: number };
export type YamlResult = { ok: true; playbook: Playbook } | { ok: false; errors: PlaybookYamlError[] };

export function parsePlaybookYaml(text: string): YamlResult {
  try {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length > 0) {
      return {
        ok: false,
        errors: doc.errors.map((e) => ({
          path: '(document)',
          code: 'yaml_syntax',
          message: `YAML syntax: ${e.message.split('\n')[0] ?? e.message}`,
          line: lineCounter.linePos(e.pos[0]).line,
        })),
      };
    }
    const result = validatePlaybook(doc.toJS({ maxAliasCount: 50 }));
    if (result.ok) return result;
    return { ok: false, errors: result.errors.map((e) => withLine(e, doc, lineCounter)) };
  } catch (e) {
    return {
      ok: false,
      errors: [{ path: '(document)', code: 'yaml_syntax', message: `YAML could not be read: ${(e as Error).message}` }],
    };
  }
}

function toPathArray(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''));
  return out;
}

/** The line of the nearest node that exists on the error's path (a missing key points at its parent). */
function withLine(error: PlaybookError, doc: Document, lines: LineCounter): PlaybookYamlError {
  if (error.path === '(document)') return error;
  const path = toPathArray(error.path);
  for (let n = path.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return { ...error, line: lines.linePos(node.range[0]).line };
  }
  return error;
}
