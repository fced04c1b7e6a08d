/** The playbook table, one playbook's text, the built-in templates, enable/disable and export. */
import { BUILTIN_PLAYBOOK_SOURCES, loadBuiltinPlaybooks } from '../../domain/playbook';
import type { AdminOutput } from '../../shared/admin-contracts';
import { listRunRecords, loadPlaybookVersion, setPlaybookEnabled } from '../../storage';
import { listHeads, loadPlaybookHead, loadVersionSource } from '../../storage/playbook-versions';
import { notFound } from './errors';
import { loadVersionText } from './sources';

export async function listPlaybooks(): Promise<AdminOutput<'listPlaybooks'>> {
  const [heads, records] = await Promise.all([listHeads(), listRunRecords()]);
  const active = records.filter((r) => r.run.state === 'active').map((r) => r.run);
  const rows = await Promise.all(
    heads.map(async (head) => {
      const [playbook, source] = await Promise.all([
        loadPlaybookVersion(head.id, head.version),
        loadVersionSource(head.id, head.version),
      ]);
      const runs = active.filter((r) => r.playbookId === head.id);
      return {
        id: head.id,
        name: playbook?.name ?? head.id,
        description: playbook?.description ?? '',
        enabled: head.enabled,
        version: head.version,
        activeRuns: runs.length,
        activeRunsOnOlderVersions: runs.filter((r) => r.playbookVersion !== head.version).length,
        ...(source ? { lastEditedAt: source.savedAt } : {}),
        ...(source?.savedBy ? { lastEditedBy: source.savedBy } : {}),
        builtin: Object.hasOwn(BUILTIN_PLAYBOOK_SOURCES, head.id),
      };
    }),
  );
  return rows;
}

export async function getPlaybook(id: string, version?: number): Promise<AdminOutput<'getPlaybook'>> {
  const t = await loadVersionText(id, version);
  return { id, version: t.version, latestVersion: t.latestVersion, enabled: t.enabled, yaml: t.yaml };
}

export async function exportYaml(id: string, version?: number): Promise<AdminOutput<'exportYaml'>> {
  const t = await loadVersionText(id, version);
  return { filename: `${id}.v${t.version}.yaml`, yaml: t.yaml };
}

export function listTemplates(): AdminOutput<'listTemplates'> {
  return loadBuiltinPlaybooks().flatMap((b) =>
    b.ok ? [{ templateId: b.id, name: b.playbook.name, description: b.playbook.description }] : [],
  );
}

export async function setEnabled(id: string, enabled: boolean): Promise<AdminOutput<'setEnabled'>> {
  if (!(await loadPlaybookHead(id))) throw notFound(`there is no playbook ${id}`);
  await setPlaybookEnabled(id, enabled);
  return { id, enabled };
}
