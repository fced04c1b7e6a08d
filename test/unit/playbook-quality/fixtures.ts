/** The documents the quality tests mutate: S1 as committed, and the smallest playbook the schema accepts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const S1_PATH = join(__dirname, '../../../playbooks/everbright.yaml');
export const s1Yaml = readFileSync(S1_PATH, 'utf8');

export type Doc = Record<string, unknown>;

/** A fresh copy of S1 as plain data (what YAML or JSON gives before validation). */
export const s1 = (): Doc => parse(s1Yaml) as Doc;

export const minimal = (): Doc => ({
  schemaVersion: 1,
  id: 'minimal',
  name: 'Minimal',
  version: 1,
  match: { project: 'SS' },
  steps: [{ id: 'hello', kind: 'action', actions: [{ do: 'comment', text: 'Hello {{ issue.key }}' }] }],
});

/** S1's step indexes by id, so a case reads as "the approval step", not "steps[4]". */
export const STEP = {
  intake: 0,
  configTicket: 1,
  configured: 2,
  waitingForSupport: 3,
  approval: 4,
  pushLive: 5,
  productsLive: 6,
  close: 7,
} as const;

export const DELETE = Symbol('delete');

/** Path segments of 'steps[4].chase.max' -> ['steps', 4, 'chase', 'max'] (the validator's own path notation). */
export function segments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

/** Sets (or with DELETE removes) the value at a path, as an admin's edit would; the parents must exist. */
export function edit(doc: Doc, path: string, value: unknown): Doc {
  const keys = segments(path);
  const last = keys.pop();
  let node: unknown = doc;
  for (const k of keys) node = (node as Record<string | number, unknown>)[k];
  const parent = node as Record<string | number, unknown>;
  if (last === undefined) throw new Error(`empty path`);
  if (value === DELETE) delete parent[last];
  else parent[last] = value;
  return doc;
}
