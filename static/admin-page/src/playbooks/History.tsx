// The playbook's versions: who saved each and why, what changed from the one before, and rollback (which saves
// a new version with the old content, after a confirmation).
import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import { token } from '@atlaskit/tokens';
import type { AdminOutput } from '../../../../src/shared/admin-contracts';
import { admin } from '../api';
import type { Failure } from '../call';
import { ConfirmDialog } from '../ConfirmDialog';
import { ErrorMessage } from '../ErrorMessage';
import { formatDate } from '../i18n';
import { useI18n } from '../useI18n';
import { DiffLines } from './DiffView';

type Versions = AdminOutput<'listVersions'>;
type Diff = { from: number; to: number; changes: AdminOutput<'diffVersions'>['changes'] };

export function History({ id, latest, onChanged }: { id: string; latest: number; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const [versions, setVersions] = useState<Versions | Failure | undefined>();
  const [diff, setDiff] = useState<Diff | Failure | undefined>();
  const [rollbackTo, setRollbackTo] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>();

  useEffect(() => {
    void admin('listVersions', { id }).then((a) => setVersions(a.ok ? a.data : a));
  }, [id, latest]);

  const showDiff = async (from: number, to: number) => {
    const a = await admin('diffVersions', { id, from, to });
    setDiff(a.ok ? { from, to, changes: a.data.changes } : a);
  };
  const rollback = async () => {
    if (rollbackTo === undefined) return;
    setBusy(true);
    const a = await admin('rollback', { id, toVersion: rollbackTo, expectedVersion: latest });
    setBusy(false);
    setRollbackTo(undefined);
    if (a.ok) {
      setDone(t('history.rolledBack', { from: rollbackTo, version: a.data.version }));
      onChanged();
    } else setDiff(a);
  };

  if (!versions) return null;
  if ('code' in versions) return <ErrorMessage code={versions.code} message={versions.message} />;
  const head = {
    cells: ['version', 'savedAt', 'savedBy', 'source', 'actions'].map((k) => ({
      key: k,
      content: t(`history.col.${k}` as 'history.col.version'),
    })),
  };
  const rows = [...versions]
    .sort((a, b) => b.version - a.version)
    .map((v) => ({
      key: String(v.version),
      cells: [
        { key: 'version', content: v.version === latest ? t('history.current', { version: v.version }) : v.version },
        { key: 'savedAt', content: formatDate(v.savedAt, locale) },
        { key: 'savedBy', content: v.savedBy?.displayName ?? v.savedBy?.accountId ?? '—' },
        {
          key: 'source',
          content: `${t(`source.${v.source}`)}${v.rolledBackFrom ? ` (v${v.rolledBackFrom})` : ''}${v.note ? `: ${v.note}` : ''}`,
        },
        {
          key: 'actions',
          content: (
            <div style={{ display: 'flex', gap: token('space.050'), flexWrap: 'wrap' }}>
              {v.version > 1 ? (
                <Button spacing="compact" onClick={() => void showDiff(v.version - 1, v.version)}>
                  {t('history.changes', { version: v.version })}
                </Button>
              ) : null}
              {v.version !== latest ? (
                <Button spacing="compact" appearance="warning" onClick={() => setRollbackTo(v.version)}>
                  {t('history.rollback', { version: v.version })}
                </Button>
              ) : null}
            </div>
          ),
        },
      ],
    }));
  return (
    <section aria-labelledby="history-title" data-testid="history">
      <h3 id="history-title" style={{ font: token('font.heading.small') }}>
        {t('history.title')}
      </h3>
      <DynamicTable head={head} rows={rows} />
      {done ? <p role="status">{done}</p> : null}
      {diff && 'code' in diff ? <ErrorMessage code={diff.code} message={diff.message} /> : null}
      {diff && 'changes' in diff ? (
        <DiffLines changes={diff.changes} label={t('history.diff', { from: diff.from, to: diff.to })} />
      ) : null}
      <ConfirmDialog
        open={rollbackTo !== undefined}
        title={t('history.confirmTitle', { version: rollbackTo ?? 0 })}
        confirm={t('history.rollback', { version: rollbackTo ?? 0 })}
        appearance="warning"
        busy={busy}
        onCancel={() => setRollbackTo(undefined)}
        onConfirm={() => void rollback()}
      >
        <p>{t('history.confirmBody', { version: rollbackTo ?? 0, next: latest + 1 })}</p>
      </ConfirmDialog>
    </section>
  );
}
