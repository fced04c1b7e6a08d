/**
 * Every change to a playbook's content is a new version: save, import, rollback, a new playbook from a template.
 * A version is refused while invalid (INVALID_PLAYBOOK with the problems) or when someone saved meanwhile
 * (VERSION_CONFLICT); no earlier version is ever changed.
 */
import { now } from '../../shared/runtime';
import type { AdminOutput } from '../../shared/admin-contracts';
import {
  addPlaybookVersion,
  loadPlaybookHead,
  VersionConflict,
  type VersionSourceRecord,
} from '../../storage/playbook-versions';
import { AdminFailure, type Editor } from './errors';
import { loadVersionText } from './sources';
import { checkPlaybookYaml, withTopLevel } from './validate';
import { BUILTIN_PLAYBOOK_SOURCES } from '../../domain/playbook';

export function validateYaml(yaml: string): AdminOutput<'validatePlaybook'> {
  const checked = checkPlaybookYaml(yaml);
  return checked.ok ? { ok: true, id: checked.playbook.id, errors: [] } : { ok: false, errors: checked.errors };
}

interface NewVersion {
  yaml: string;
  /** The head the change starts from; null: a new playbook. */
  expectedVersion: number | null;
  /** The id the YAML must keep (the playbook being edited). */
  id?: string | undefined;
  source: VersionSourceRecord['source'];
  editor: Editor;
  note?: string | undefined;
  rolledBackFrom?: number;
}

async function addVersion(change: NewVersion): Promise<AdminOutput<'savePlaybook'>> {
  const version = (change.expectedVersion ?? 0) + 1;
  const checked = checkPlaybookYaml(change.yaml, version, change.id);
  if (!checked.ok)
    throw new AdminFailure('INVALID_PLAYBOOK', 'the playbook has errors: nothing was saved', checked.errors);
  const record: VersionSourceRecord = {
    yaml: checked.yaml,
    savedAt: now().toISOString(),
    savedBy: change.editor,
    source: change.source,
    ...(change.note === undefined ? {} : { note: change.note }),
    ...(change.rolledBackFrom === undefined ? {} : { rolledBackFrom: change.rolledBackFrom }),
  };
  try {
    await addPlaybookVersion(checked.playbook, change.expectedVersion, record);
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
    throw new AdminFailure(change.expectedVersion === null ? 'ALREADY_EXISTS' : 'VERSION_CONFLICT', error.message);
  }
  return { id: checked.playbook.id, version };
}

export function savePlaybook(
  input: { yaml: string; expectedVersion: number | null; id?: string | undefined; note?: string | undefined },
  editor: Editor,
): Promise<AdminOutput<'savePlaybook'>> {
  return addVersion({ ...input, source: 'save', editor });
}

export async function importYaml(yaml: string, replace: boolean, editor: Editor): Promise<AdminOutput<'importYaml'>> {
  const checked = checkPlaybookYaml(yaml);
  if (!checked.ok)
    throw new AdminFailure('INVALID_PLAYBOOK', 'the playbook has errors: nothing was imported', checked.errors);
  const head = await loadPlaybookHead(checked.playbook.id);
  if (head && !replace)
    throw new AdminFailure(
      'ALREADY_EXISTS',
      `playbook ${head.id} exists (version ${head.version}): import it as a new version`,
    );
  const saved = await addVersion({ yaml, expectedVersion: head?.version ?? null, source: 'import', editor });
  return { ...saved, created: head === undefined };
}

export async function rollback(
  id: string,
  toVersion: number,
  expectedVersion: number,
  editor: Editor,
): Promise<AdminOutput<'rollback'>> {
  const old = await loadVersionText(id, toVersion);
  return addVersion({ yaml: old.yaml, expectedVersion, id, source: 'rollback', editor, rolledBackFrom: toVersion });
}

export async function createFromTemplate(
  templateId: string,
  editor: Editor,
  newId?: string,
  name?: string,
): Promise<AdminOutput<'createFromTemplate'>> {
  const text = Object.hasOwn(BUILTIN_PLAYBOOK_SOURCES, templateId) ? BUILTIN_PLAYBOOK_SOURCES[templateId] : undefined;
  if (text === undefined) throw new AdminFailure('NOT_FOUND', `there is no template ${templateId}`);
  // A new playbook starts disabled: the admin enables it when it is ready.
  let yaml = withTopLevel(text, 'enabled', false);
  if (newId !== undefined) yaml = withTopLevel(yaml, 'id', newId);
  if (name !== undefined) yaml = withTopLevel(yaml, 'name', name);
  return addVersion({ yaml, expectedVersion: null, source: 'template', editor });
}
