// Moving running runs to the newest version happens only here, explicitly: a preview of each run (steps kept,
// dropped, added), the admin ticks which to move, then confirms. Unsafe moves start unticked.
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { AdminOutput } from '../../../../src/shared/admin-contracts';
import { admin } from '../api';
import type { Failure } from '../call';
import { ConfirmDialog } from '../ConfirmDialog';
import { ErrorMessage } from '../ErrorMessage';
import { useI18n } from '../useI18n';

type Preview = AdminOutput<'previewMigration'>;
type Result = AdminOutput<'migrateRuns'>;
const ids = (steps: { stepId: string }[]) => steps.map((s) => s.stepId).join(', ') || '—';

export function Migrate({ id, latest, onChanged }: { id: string; latest: number; onChanged: () => void }) {
  const { t } = useI18n();
  const [preview, setPreview] = useState<Preview | undefined>();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [outcome, setOutcome] = useState<Result | Failure | undefined>();
  const [busy, setBusy] = useState(false);

  const open = async () => {
    setOutcome(undefined);
    const a = await admin('previewMigration', { id, toVersion: latest });
    if (!a.ok) return setOutcome(a);
    setPreview(a.data);
    setChosen(new Set(a.data.runs.filter((r) => r.safe).map((r) => r.issueKey)));
  };
  const move = async () => {
    if (!preview) return;
    setBusy(true);
    const a = await admin('migrateRuns', { id, toVersion: preview.toVersion, issueKeys: [...chosen] });
    setBusy(false);
    setPreview(undefined);
    setOutcome(a.ok ? a.data : a);
    if (a.ok) onChanged();
  };
  const toggle = (key: string) => {
    const next = new Set(chosen);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setChosen(next);
  };

  return (
    <section aria-labelledby="migrate-title" data-testid="migrate">
      <h3 id="migrate-title" style={{ font: token('font.heading.small') }}>
        {t('migrate.title')}
      </h3>
      <p>{t('migrate.intro', { version: latest })}</p>
      <Button onClick={() => void open()}>{t('migrate.preview', { version: latest })}</Button>
      {outcome && 'code' in outcome ? <ErrorMessage code={outcome.code} message={outcome.message} /> : null}
      {outcome && 'migrated' in outcome ? (
        <p role="status" data-testid="migrate-result">
          {t('migrate.done', { moved: outcome.migrated.length, skipped: outcome.skipped.length })}
          {outcome.skipped.map((s) => ` ${s.issueKey}: ${s.reason}.`).join('')}
        </p>
      ) : null}
      <ConfirmDialog
        open={!!preview}
        title={t('migrate.dialog', { version: preview?.toVersion ?? latest })}
        confirm={t('migrate.confirm', { count: chosen.size })}
        busy={busy || chosen.size === 0}
        width="large"
        testId="migrate-dialog"
        onCancel={() => setPreview(undefined)}
        onConfirm={() => void move()}
      >
        {preview && preview.runs.length === 0 ? <p>{t('migrate.none')}</p> : null}
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {preview?.runs.map((r) => (
            <li key={r.issueKey} style={{ marginBottom: token('space.150') }}>
              <label>
                <input type="checkbox" checked={chosen.has(r.issueKey)} onChange={() => toggle(r.issueKey)} />{' '}
                <strong>{r.issueKey}</strong> {t('migrate.from', { version: r.fromVersion, stage: r.stage })}{' '}
                <Lozenge appearance={r.safe ? 'success' : 'moved'}>
                  {r.safe ? t('migrate.safe') : t('migrate.unsafe')}
                </Lozenge>
              </label>
              <div>{t('migrate.kept', { steps: ids(r.kept) })}</div>
              <div>{t('migrate.dropped', { steps: ids(r.dropped) })}</div>
              <div>{t('migrate.added', { steps: ids(r.added) })}</div>
            </li>
          ))}
        </ul>
      </ConfirmDialog>
    </section>
  );
}
