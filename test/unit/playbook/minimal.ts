/** A small valid playbook to break one thing at a time in tests, and a path-based editor for doing so. */
export type Doc = Record<string, unknown>;

export function minimal(): Doc {
  return {
    schemaVersion: 1,
    id: 'demo',
    name: 'Demo',
    version: 1,
    match: { project: 'SS', summary: { contains: 'Demo' } },
    intake: [{ name: 'company', label: 'Company', type: 'text' }],
    roles: { approver: { person: 'demo.approver' } },
    steps: [
      {
        id: 'hello',
        kind: 'action',
        actions: [{ do: 'comment', mentions: ['approver'], text: 'Hello {{ company }}' }],
      },
      { id: 'wait', kind: 'wait', dependsOn: ['hello'], for: { kind: 'time', after: 'PT1H' } },
    ],
  };
}

export const REMOVE = Symbol('remove');

/** Sets (or with REMOVE deletes) the value at a path such as 'steps[1].for.after'. */
export function edit(doc: Doc, path: string, value: unknown): Doc {
  const keys = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''),
  );
  let node = doc as Record<string | number, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = keys[keys.length - 1] ?? '';
  if (value === REMOVE) delete node[last];
  else node[last] = value;
  return doc;
}
