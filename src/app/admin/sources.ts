/** A stored version's YAML: as the admin saved it, else the built-in's own text, else the playbook written out. */
import { stringify } from 'yaml';
import { builtinVersionSource, type Playbook } from '../../domain/playbook';
import { loadPlaybookVersion } from '../../storage';
import { loadPlaybookHead, loadVersionSource, type VersionSourceRecord } from '../../storage/playbook-versions';
import { notFound } from './errors';

export interface VersionText {
  version: number;
  latestVersion: number;
  enabled: boolean;
  playbook: Playbook;
  yaml: string;
  source: VersionSourceRecord | undefined;
}

/**
 * The built-in's text of the stored version (S2's version 1 from the history, the current one...), with its
 * comments, when it is exactly what was stored: a later release may have changed the built-in.
 */
export function builtinText(stored: Playbook): string | undefined {
  const builtin = builtinVersionSource(stored.id, stored.version);
  if (!builtin) return undefined;
  const same = JSON.stringify({ ...builtin.playbook, enabled: stored.enabled }) === JSON.stringify(stored);
  return same ? builtin.text : undefined;
}

/** Version `version` (default: the newest) of playbook `id`, with its YAML; NOT_FOUND when either is missing. */
export async function loadVersionText(id: string, version?: number): Promise<VersionText> {
  const head = await loadPlaybookHead(id);
  if (!head) throw notFound(`there is no playbook ${id}`);
  const wanted = version ?? head.version;
  const [playbook, source] = await Promise.all([loadPlaybookVersion(id, wanted), loadVersionSource(id, wanted)]);
  if (!playbook) throw notFound(`playbook ${id} has no version ${wanted}`);
  const yaml = source?.yaml ?? builtinText(playbook) ?? stringify(playbook);
  return { version: wanted, latestVersion: head.version, enabled: head.enabled, playbook, yaml, source };
}
