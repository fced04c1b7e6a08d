/** Version history and the diff between two versions (unified, and as line changes for the page). */
import { createTwoFilesPatch, diffLines } from 'diff';
import type { AdminOutput } from '../../shared/admin-contracts';
import { listStoredVersions } from '../../storage/playbook-versions';
import { notFound } from './errors';
import { loadVersionText } from './sources';

export async function listVersions(id: string): Promise<AdminOutput<'listVersions'>> {
  const versions = await listStoredVersions(id);
  if (versions.length === 0) throw notFound(`there is no playbook ${id}`);
  return versions.map(({ version, source }) =>
    source
      ? {
          version,
          savedAt: source.savedAt,
          source: source.source,
          ...(source.savedBy ? { savedBy: source.savedBy } : {}),
          ...(source.rolledBackFrom === undefined ? {} : { rolledBackFrom: source.rolledBackFrom }),
          ...(source.note === undefined ? {} : { note: source.note }),
        }
      : { version, source: 'builtin' as const },
  );
}

export async function diffVersions(id: string, from: number, to: number): Promise<AdminOutput<'diffVersions'>> {
  const [a, b] = await Promise.all([loadVersionText(id, from), loadVersionText(id, to)]);
  const patch = createTwoFilesPatch(
    `${id}.v${from}.yaml`,
    `${id}.v${to}.yaml`,
    a.yaml,
    b.yaml,
    `version ${from}`,
    `version ${to}`,
  );
  const changes = diffLines(a.yaml, b.yaml).flatMap((part) => {
    const kind = part.added ? ('added' as const) : part.removed ? ('removed' as const) : ('same' as const);
    return part.value
      .replace(/\n$/, '')
      .split('\n')
      .map((text) => ({ kind, text }));
  });
  return { patch, changes };
}
