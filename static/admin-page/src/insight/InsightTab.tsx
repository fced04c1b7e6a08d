// Insight: active runs by stage, median times per playbook and per step, approval waits, the overdue list; charts
// where comparing lengths helps, tables for the rest; the same figures as CSV.
import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import type { Insight } from '../../../../src/shared/admin-contracts';
import { admin } from '../api';
import type { Failure } from '../call';
import { download } from '../download';
import { ErrorMessage } from '../ErrorMessage';
import { formatDate, formatDuration } from '../i18n';
import { useI18n } from '../useI18n';
import { BarChart } from './BarChart';

type Cell = string | number;

function Table({ id, title, columns, rows }: { id: string; title: string; columns: string[]; rows: Cell[][] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={`${id}-title`} data-testid={`insight-${id}`}>
      <h3 id={`${id}-title`} style={{ font: token('font.heading.small') }}>
        {title}
      </h3>
      <DynamicTable
        head={{ cells: columns.map((c, i) => ({ key: String(i), content: c })) }}
        rows={rows.map((r, i) => ({ key: String(i), cells: r.map((c, j) => ({ key: String(j), content: c })) }))}
        emptyView={<p>{t('insight.noData')}</p>}
      />
    </section>
  );
}

export function InsightTab({ active }: { active: boolean }) {
  const { t, locale } = useI18n();
  const [data, setData] = useState<Insight | Failure | undefined>();
  const load = useCallback(() => void admin('getInsight', {}).then((a) => setData(a.ok ? a.data : a)), []);
  useEffect(() => {
    if (active) load();
  }, [active, load]);
  const csv = async () => {
    const a = await admin('insightCsv', {});
    if (a.ok) download(a.data.filename, a.data.csv, 'text/csv');
    else setData(a);
  };
  if (!data) return active ? <Spinner label={t('loading')} /> : null;
  if ('code' in data) return <ErrorMessage code={data.code} message={data.message} onRetry={load} />;
  const d = (ms: number) => formatDuration(ms, t);
  const c = t('insight.count');
  const m = t('insight.median');
  return (
    <section
      aria-labelledby="insight-title"
      style={{ paddingTop: token('space.200'), display: 'grid', gap: token('space.300') }}
    >
      <div style={{ display: 'flex', gap: token('space.200'), alignItems: 'center', flexWrap: 'wrap' }}>
        <h2 id="insight-title" style={{ font: token('font.heading.medium'), margin: 0 }}>
          {t('tab.insight')}
        </h2>
        <span>{t('insight.asOf', { at: formatDate(data.generatedAt, locale) })}</span>
        <Button onClick={() => void csv()}>{t('insight.csv')}</Button>
        <Button appearance="subtle" onClick={load}>
          {t('insight.refresh')}
        </Button>
      </div>
      <section aria-labelledby="by-stage-heading" data-testid="insight-by-stage">
        <h3 id="by-stage-heading" style={{ font: token('font.heading.small') }}>
          {t('insight.byStage')}
        </h3>
        <BarChart
          id="by-stage"
          title={t('insight.byStage')}
          column={t('insight.activeRuns')}
          bars={data.activeByStage.map((r) => ({
            label: `${r.playbookId} · ${r.stage}`,
            value: r.count,
            shown: String(r.count),
          }))}
        />
      </section>
      <section aria-labelledby="per-playbook-heading" data-testid="insight-per-playbook">
        <h3 id="per-playbook-heading" style={{ font: token('font.heading.small') }}>
          {t('insight.perPlaybook')}
        </h3>
        <BarChart
          id="per-playbook"
          title={t('insight.perPlaybook')}
          column={m}
          bars={data.playbookDurations.map((r) => ({
            label: `${r.playbookId} (${r.count})`,
            value: r.medianMs,
            shown: d(r.medianMs),
          }))}
        />
      </section>
      <Table
        id="per-step"
        title={t('insight.perStep')}
        columns={[t('insight.playbook'), t('insight.step'), c, m]}
        rows={data.stepDurations.map((r) => [r.playbookId, r.stepId, r.count, d(r.medianMs)])}
      />
      <Table
        id="approvals"
        title={t('insight.approvals')}
        columns={[t('insight.playbook'), t('insight.step'), t('insight.answered'), m, t('insight.waitingNow')]}
        rows={data.approvalWaits.map((r) => [r.playbookId, r.stepId, r.count, d(r.medianMs), r.waitingNow])}
      />
      <Table
        id="overdue"
        title={t('insight.overdue')}
        columns={[
          t('insight.issue'),
          t('insight.playbook'),
          t('insight.step'),
          t('insight.due'),
          t('insight.overdueBy'),
        ]}
        rows={data.overdue.map((r) => [
          r.issueKey,
          r.playbookId,
          r.stepId,
          formatDate(r.dueAt, locale),
          d(r.overdueMs),
        ])}
      />
    </section>
  );
}
