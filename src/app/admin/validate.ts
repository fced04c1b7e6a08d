/**
 * Live validation of the YAML editor's text: the domain's checks (parsePlaybookYaml), each problem placed at a line
 * and column of the admin's own text. The `version:` line is the store's business: it is set on save.
 */
import { isMap, isNode, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { parsePlaybookYaml, type Playbook } from '../../domain/playbook';
import type { PlaybookProblem } from '../../shared/admin-contracts';

export type Checked = { ok: true; playbook: Playbook; yaml: string } | { ok: false; errors: PlaybookProblem[] };

function toPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''));
  return out;
}

/** The line and column of the nearest node on the path that exists (a missing key points at its parent). */
function placeOf(doc: Document, lines: LineCounter, path: string): { line: number; column: number } | undefined {
  if (path === '(document)') return undefined;
  const parts = toPath(path);
  for (let n = parts.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(parts.slice(0, n), true);
    if (isNode(node) && node.range) {
      const pos = lines.linePos(node.range[0]);
      return { line: pos.line, column: pos.col };
    }
    // A key whose value is missing or null: point at the key itself.
    if (n > 0 && n === parts.length) {
      const parent: unknown = n === 1 ? doc.contents : doc.getIn(parts.slice(0, n - 1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isNode(p.key) && (p.key.toJSON() as unknown) === parts[n - 1]);
        if (pair && isNode(pair.key) && pair.key.range) {
          const pos = lines.linePos(pair.key.range[0]);
          return { line: pos.line, column: pos.col };
        }
      }
    }
  }
  return undefined;
}

/**
 * The admin's text with a top-level value replaced (or added at the end): every other line stays as written.
 * Strings are written JSON-quoted, which YAML reads as a double-quoted scalar.
 */
export function withTopLevel(text: string, key: string, value: string | number | boolean): string {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return text;
  const written = typeof value === 'string' ? JSON.stringify(value) : String(value);
  const node: unknown = doc.get(key, true);
  if (isNode(node) && node.range) return `${text.slice(0, node.range[0])}${written}${text.slice(node.range[1])}`;
  if (!doc.has(key) && !doc.contents.flow) return `${text.replace(/\n*$/, '\n')}${key}: ${written}\n`;
  doc.set(key, value);
  return doc.toString();
}

function withDefaultVersion(text: string): string {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  return doc.errors.length === 0 && isMap(doc.contents) && !doc.has('version')
    ? withTopLevel(text, 'version', 1)
    : text;
}

/**
 * Checks `text` as version `version` of a playbook (no version: whatever the text says, 1 when it says none).
 * `expectedId`: the playbook being edited; another id is an error at `id`. Lines and columns count from 1.
 */
export function checkPlaybookYaml(text: string, version?: number, expectedId?: string): Checked {
  const yaml = version !== undefined ? withTopLevel(text, 'version', version) : withDefaultVersion(text);
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0)
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        const message = `YAML syntax: ${e.message.split('\n')[0] ?? e.message}`;
        return { path: '(document)', code: 'yaml_syntax', message, line: pos.line, column: pos.col };
      }),
    };
  const result = parsePlaybookYaml(yaml);
  if (!result.ok)
    return {
      ok: false,
      errors: result.errors.map(({ line, ...e }) => ({
        ...e,
        ...(placeOf(doc, lines, e.path) ?? (line === undefined ? {} : { line })),
      })),
    };
  if (expectedId !== undefined && result.playbook.id !== expectedId) {
    const message = `this is the editor of '${expectedId}': keep its id, or import the YAML as a new playbook`;
    return { ok: false, errors: [{ path: 'id', code: 'id_changed', message, ...placeOf(doc, lines, 'id') }] };
  }
  return { ok: true, playbook: result.playbook, yaml };
}
