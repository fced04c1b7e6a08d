/** A stored version's YAML: as the admin saved it, else the built-in's own text, else the playbook written out. */
import { stringify } from 'yaml';
import { BUILTIN_PLAYBOOK_SOURCES, loadBuiltinPlaybooks, type Playbook } from '../../domain/playbook';
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

export function builtinText(id: string, version: number): string | undefined {
  const builtin = loadBuiltinPlaybooks().find((b) => b.id === id);
  if (!builtin?.ok || builtin.playbook.version !== version) return undefined;
  return BUILTIN_PLAYBOOK_SOURCES[id];
}

/** Version `version` (default: the newest) of playbook `id`, with its YAML; NOT_FOUND when either is missing. */
export async function loadVersionText(id: string, version?: number): Promise<VersionText> {
  const head = await loadPlaybookHead(id);
  if (!head) throw notFound(`there is no playbook ${id}`);
  const wanted = version ?? head.version;
  const [playbook, source] = await Promise.all([loadPlaybookVersion(id, wanted), loadVersionSource(id, wanted)]);
  if (!playbook) throw notFound(`playbook ${id} has no version ${wanted}`);
  const yaml = source?.yaml ?? builtinText(id, wanted) ?? stringify(playbook);
  return { version: wanted, latestVersion: head.version, enabled: head.enabled, playbook, yaml, source };
}
