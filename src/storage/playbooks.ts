/**
 * Playbooks with versions: `playbook:<id>` holds the head (current version, enabled), `playbook:<id>:v<n>` each
 * version as saved. A run loads the version it started with; built-ins are seeded on install.
 */
import { z } from 'zod';
import type { Playbook } from '../domain/playbook';
import { loadBuiltinHistory, loadBuiltinPlaybooks, playbookSchema } from '../domain/playbook';
import { getValue, listByPrefix, setValue } from './kv';

const headSchema = z.strictObject({ id: z.string(), version: z.int(), enabled: z.boolean() });
export type PlaybookHead = z.infer<typeof headSchema>;

const HEAD = 'playbook-head:';
const versionKey = (id: string, version: number): string => `playbook:${id}:v${version}`;

export async function savePlaybookVersion(playbook: Playbook): Promise<void> {
  await setValue(versionKey(playbook.id, playbook.version), playbook);
  const head: PlaybookHead = { id: playbook.id, version: playbook.version, enabled: playbook.enabled };
  await setValue(`${HEAD}${playbook.id}`, head);
}

export async function loadPlaybookVersion(id: string, version: number): Promise<Playbook | undefined> {
  const raw = await getValue<unknown>(versionKey(id, version));
  return raw === undefined ? undefined : playbookSchema.parse(raw);
}

export async function listPlaybookHeads(): Promise<PlaybookHead[]> {
  const rows = await listByPrefix<unknown>(HEAD);
  return rows.map((r) => headSchema.parse(r.value));
}

/** The current version of every playbook, enabled or not, in id order (matching takes the first that fits). */
export async function loadCurrentPlaybooks(): Promise<Playbook[]> {
  const heads = (await listPlaybookHeads()).sort((a, b) => a.id.localeCompare(b.id));
  const loaded = await Promise.all(heads.map((h) => loadPlaybookVersion(h.id, h.version)));
  return loaded.flatMap((pb, i) => (pb ? [{ ...pb, enabled: heads[i]?.enabled ?? false }] : []));
}

export async function setPlaybookEnabled(id: string, enabled: boolean): Promise<void> {
  const raw = await getValue<unknown>(`${HEAD}${id}`);
  if (raw === undefined) throw new Error(`no playbook ${id}`);
  await setValue(`${HEAD}${id}`, { ...headSchema.parse(raw), enabled });
}

/**
 * Seeds every valid built-in whose id is not stored yet (an admin's edits are never overwritten), and every older
 * built-in version not stored yet, oldest first, without moving the head: runs started on it can finish on it.
 */
export async function seedBuiltinPlaybooks(options: { enable?: boolean } = {}): Promise<string[]> {
  for (const older of loadBuiltinHistory()) {
    if (!older.ok) continue;
    const key = versionKey(older.id, older.playbook.version);
    if ((await getValue<unknown>(key)) === undefined) await setValue(key, older.playbook);
  }
  const seeded: string[] = [];
  for (const builtin of loadBuiltinPlaybooks()) {
    if (!builtin.ok) continue;
    if ((await getValue<unknown>(`${HEAD}${builtin.id}`)) !== undefined) continue;
    await savePlaybookVersion({ ...builtin.playbook, enabled: options.enable ?? builtin.playbook.enabled });
    seeded.push(builtin.id);
  }
  return seeded;
}
