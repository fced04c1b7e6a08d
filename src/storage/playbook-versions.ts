/**
 * The admin's playbook versions. Beside `playbook:<id>:v<n>` (the parsed playbook runs load, see playbooks.ts) each
 * saved version keeps its YAML as written and who saved it, at `playbook-source:<id>:v<n>`. A version is written
 * once and never changed or deleted: a save adds version head+1, a rollback adds a copy; the head moves last.
 */
import { z } from 'zod';
import type { Playbook } from '../domain/playbook';
import { kvs } from '@forge/kvs';
import { deleteValue, getValue } from './kv';
import { listPlaybookHeads, loadPlaybookVersion, savePlaybookVersion, type PlaybookHead } from './playbooks';

const editorSchema = z.strictObject({ accountId: z.string(), displayName: z.string().optional() });

export const versionSourceRecordSchema = z.strictObject({
  yaml: z.string(),
  savedAt: z.string(),
  savedBy: editorSchema.optional(),
  source: z.enum(['builtin', 'template', 'save', 'import', 'rollback']),
  rolledBackFrom: z.int().optional(),
  note: z.string().optional(),
});
export type VersionSourceRecord = z.infer<typeof versionSourceRecordSchema>;

const HEAD = 'playbook-head:';
const sourceKey = (id: string, version: number): string => `playbook-source:${id}:v${version}`;

export class VersionConflict extends Error {}

export async function loadPlaybookHead(id: string): Promise<PlaybookHead | undefined> {
  const raw = await getValue<{ id: string; version: number; enabled: boolean }>(`${HEAD}${id}`);
  return raw === undefined ? undefined : { id: raw.id, version: raw.version, enabled: raw.enabled };
}

export async function loadVersionSource(id: string, version: number): Promise<VersionSourceRecord | undefined> {
  const raw = await getValue<unknown>(sourceKey(id, version));
  return raw === undefined ? undefined : versionSourceRecordSchema.parse(raw);
}

export interface StoredVersion {
  version: number;
  playbook: Playbook;
  source: VersionSourceRecord | undefined;
}

/** Every stored version of a playbook, oldest first (versions seeded from a built-in have no source record). */
export async function listStoredVersions(id: string): Promise<StoredVersion[]> {
  const head = await loadPlaybookHead(id);
  if (!head) return [];
  const numbers = Array.from({ length: head.version }, (_, i) => i + 1);
  const rows = await Promise.all(
    numbers.map(async (version) => {
      const [playbook, source] = await Promise.all([loadPlaybookVersion(id, version), loadVersionSource(id, version)]);
      return playbook ? [{ version, playbook, source }] : [];
    }),
  );
  return rows.flat();
}

/**
 * Adds `playbook` as version `playbook.version` of its id, refusing (VersionConflict) when the head is not at
 * `expectedVersion` (null: the id must be new) or the version exists already. Earlier versions are not touched.
 */
export async function addPlaybookVersion(
  playbook: Playbook,
  expectedVersion: number | null,
  record: VersionSourceRecord,
): Promise<void> {
  const head = await loadPlaybookHead(playbook.id);
  if (expectedVersion === null && head)
    throw new VersionConflict(`playbook ${playbook.id} exists already (version ${head.version})`);
  if (expectedVersion !== null && head?.version !== expectedVersion)
    throw new VersionConflict(
      head
        ? `playbook ${playbook.id} is at version ${head.version} now, not ${expectedVersion}: reload it`
        : `there is no playbook ${playbook.id}`,
    );
  if ((await loadPlaybookVersion(playbook.id, playbook.version)) !== undefined)
    throw new VersionConflict(`version ${playbook.version} of ${playbook.id} exists already`);
  // The source record claims the version number atomically: of two saves from the same head, one wins.
  if (!(await claimVersion(playbook, record)))
    throw new VersionConflict(`someone else saved version ${playbook.version} of ${playbook.id} just now: reload it`);
  // The enabled switch belongs to the playbook, not to a version: an edit keeps it as it was.
  await savePlaybookVersion({ ...playbook, enabled: head ? head.enabled : playbook.enabled });
}

/** A save that crashed after its claim leaves a source without its version: after a minute it may be taken over. */
const ABANDONED_MS = 60_000;

async function claimVersion(playbook: Playbook, record: VersionSourceRecord): Promise<boolean> {
  const key = sourceKey(playbook.id, playbook.version);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await kvs.set(key, versionSourceRecordSchema.parse(record), { keyPolicy: 'FAIL_IF_EXISTS' });
      return true;
    } catch (error) {
      const held = await loadVersionSource(playbook.id, playbook.version);
      if (held === undefined) throw error;
      const abandoned = Date.parse(record.savedAt) - Date.parse(held.savedAt) > ABANDONED_MS;
      if (attempt > 0 || !abandoned) return false;
      await deleteValue(key);
    }
  }
  return false;
}

/** Every head, for the admin's table. */
export async function listHeads(): Promise<PlaybookHead[]> {
  return (await listPlaybookHeads()).sort((a, b) => a.id.localeCompare(b.id));
}
