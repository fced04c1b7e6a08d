/**
 * The people directory the admin edits: who holds each role (account ids, emails, Slack member ids) and lookup
 * tables such as organization -> account manager with a default. Playbooks name directory keys, never account ids.
 */
import { z } from 'zod';
import type { RoleSpec } from '../playbook';

export const personSchema = z.strictObject({
  accountId: z.string().min(1),
  displayName: z.string().min(1),
  email: z.email().optional(),
  slackMemberId: z
    .string()
    .regex(/^[UW][A-Z0-9]{2,}$/, { message: "a Slack member id such as 'U012AB3CD'" })
    .optional(),
});
export type Person = z.infer<typeof personSchema>;

export const directorySchema = z.strictObject({
  people: z.record(z.string(), personSchema).default({}),
  /** table key -> { entries: lookup value -> person key, default person key }. Lookup values match ignoring case. */
  tables: z
    .record(
      z.string(),
      z.strictObject({ entries: z.record(z.string(), z.string()).default({}), default: z.string().optional() }),
    )
    .default({}),
});
export type Directory = z.infer<typeof directorySchema>;

export type RoleResolution =
  | { ok: true; person: Person; via: 'person' | 'lookup' | 'default' | 'fallback'; note: string }
  | { ok: false; message: string };

const normalise = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A record's own value only: keys come from admins and playbooks, and `constructor`, `toString` or `__proto__`
 * must not reach Object.prototype.
 */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function resolveOne(
  name: string,
  spec: RoleSpec,
  dir: Directory,
  vars: Readonly<Record<string, string | boolean>>,
): RoleResolution {
  if ('person' in spec) {
    const person = own(dir.people, spec.person);
    return person
      ? { ok: true, person, via: 'person', note: `role ${name} is ${person.displayName} (directory '${spec.person}')` }
      : {
          ok: false,
          message: `role ${name}: the people directory has no '${spec.person}'; add that person on the admin page`,
        };
  }
  const table = own(dir.tables, spec.lookup.table);
  if (!table) return { ok: false, message: `role ${name}: the people directory has no table '${spec.lookup.table}'` };
  const raw = own(vars, spec.lookup.by);
  const value = typeof raw === 'string' ? normalise(raw) : '';
  const entry = Object.entries(table.entries).find(([k]) => normalise(k) === value);
  if (entry) {
    const person = own(dir.people, entry[1]);
    if (person)
      return {
        ok: true,
        person,
        via: 'lookup',
        note: `role ${name} is ${person.displayName} ('${String(raw)}' in ${spec.lookup.table})`,
      };
  }
  const fallbackKey = table.default;
  const person = fallbackKey === undefined ? undefined : own(dir.people, fallbackKey);
  if (person) {
    return {
      ok: true,
      person,
      via: 'default',
      note: `role ${name}: '${String(raw ?? '')}' has none in ${spec.lookup.table}, so the default ${person.displayName} is used`,
    };
  }
  return {
    ok: false,
    message: `role ${name}: '${String(raw ?? '')}' has no entry in ${spec.lookup.table} and the table has no default; add one on the admin page`,
  };
}

/** Resolves a role, following `fallback` roles (at most a few hops) when the directory cannot say who it is. */
export function resolveRole(
  name: string,
  roles: Readonly<Record<string, RoleSpec>>,
  dir: Directory,
  vars: Readonly<Record<string, string | boolean>>,
): RoleResolution {
  let current = name;
  const problems: string[] = [];
  for (let hop = 0; hop < 5; hop++) {
    const spec = own(roles, current);
    if (!spec) return { ok: false, message: [...problems, `role ${current} is not declared`].join('; ') };
    const r = resolveOne(current, spec, dir, vars);
    if (r.ok)
      return current === name ? r : { ...r, via: 'fallback', note: `${problems.join('; ')}; fallback: ${r.note}` };
    problems.push(r.message);
    if (spec.fallback === undefined) break;
    current = spec.fallback;
  }
  return { ok: false, message: problems.join('; ') };
}

/** Finds who a sender is (by account id or email) among the directory's people. */
export function findPerson(
  dir: Directory,
  who: { accountId?: string | undefined; email?: string | undefined },
): Person | undefined {
  const email = who.email?.toLowerCase();
  return Object.values(dir.people).find(
    (p) =>
      (who.accountId !== undefined && p.accountId === who.accountId) ||
      (email !== undefined && p.email?.toLowerCase() === email),
  );
}

/** Everyone who could hold a role (a table's every entry and default): used to exclude senders by role. */
export function candidatesForRole(spec: RoleSpec | undefined, dir: Directory): Person[] {
  // Callers index `roles[name]`; a name such as `toString` hands over Object's function, which no role is.
  if (typeof spec !== 'object') return [];
  const table = 'person' in spec ? undefined : own(dir.tables, spec.lookup.table);
  const keys = 'person' in spec ? [spec.person] : [...Object.values(table?.entries ?? {}), table?.default];
  return keys.flatMap((k) => {
    const person = k === undefined ? undefined : own(dir.people, k);
    return person ? [person] : [];
  });
}
