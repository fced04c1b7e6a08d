/** The playbook table, one playbook's text, the built-in templates, enable/disable and export. */
import { BUILTIN_PLAYBOOK_SOURCES, loadBuiltinPlaybooks, textIn } from '../../domain/playbook';
import type { AdminOutput } from '../../shared/admin-contracts';
import { loadPlaybookVersion, setPlaybookEnabled } from '../../storage';
import { ensureInsightBuilt, loadAggregates } from '../../storage/insight';
import { listHeads, loadPlaybookHead, loadVersionSource } from '../../storage/playbook-versions';
import { notFound } from './errors';
import { loadVersionText } from './sources';

/** Active run counts come from the insight aggregates (by version), not from reading the runs. */
export async function listPlaybooks(): Promise<AdminOutput<'listPlaybooks'>> {
  const heads = await listHeads();
  await ensureInsightBuilt(heads.map((h) => h.id));
  const activeByVersion = new Map((await loadAggregates()).map((a) => [a.playbookId, a.activeByVersion]));
  const rows = await Promise.all(
    heads.map(async (head) => {
      const [playbook, source] = await Promise.all([
        loadPlaybookVersion(head.id, head.version),
        loadVersionSource(head.id, head.version),
      ]);
      const byVersion = Object.entries(activeByVersion.get(head.id) ?? {});
      const count = (keep: (version: string) => boolean): number =>
        byVersion.reduce((sum, [version, n]) => (keep(version) ? sum + n : sum), 0);
      return {
        id: head.id,
        name: playbook ? textIn(playbook.name, playbook.language ?? 'en') : head.id,
        description: playbook?.description ?? '',
        enabled: head.enabled,
        version: head.version,
        activeRuns: count(() => true),
        activeRunsOnOlderVersions: count((version) => version !== String(head.version)),
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
    b.ok
      ? [
          {
            templateId: b.id,
            name: textIn(b.playbook.name, b.playbook.language ?? 'en'),
            description: b.playbook.description,
          },
        ]
      : [],
  );
}

export async function setEnabled(id: string, enabled: boolean): Promise<AdminOutput<'setEnabled'>> {
  if (!(await loadPlaybookHead(id))) throw notFound(`there is no playbook ${id}`);
  await setPlaybookEnabled(id, enabled);
  return { id, enabled };
}
