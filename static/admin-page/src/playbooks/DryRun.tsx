// Dry run: what this playbook would do on a ticket as a new run (the commands and why). Nothing is executed.
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { AdminOutput } from '../../../../src/shared/admin-contracts';
import { admin } from '../api';
import type { Failure } from '../call';
import { ErrorMessage } from '../ErrorMessage';
import { useI18n } from '../useI18n';

type Result = AdminOutput<'dryRun'>;

export function DryRun({ id }: { id: string }) {
  const { t } = useI18n();
  const [issueKey, setIssueKey] = useState('');
  const [result, setResult] = useState<Result | Failure | undefined>();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const a = await admin('dryRun', { issueKey: issueKey.trim().toUpperCase(), playbookId: id });
    setResult(a.ok ? a.data : a);
    setBusy(false);
  };
  const head = {
    cells: ['type', 'step', 'target', 'summary'].map((k) => ({ key: k, content: t(`dry.col.${k}` as 'dry.col.type') })),
  };
  return (
    <section aria-labelledby="dry-title" data-testid="dry-run">
      <h3 id="dry-title" style={{ font: token('font.heading.small') }}>
        {t('dry.title')}
      </h3>
      <p>{t('dry.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
        style={{ display: 'flex', gap: token('space.100'), alignItems: 'end' }}
      >
        <div>
          <label htmlFor="dry-issue" style={{ display: 'block', marginBottom: token('space.050') }}>
            {t('dry.issue')}
          </label>
          <TextField
            id="dry-issue"
            value={issueKey}
            width="small"
            onChange={(e) => setIssueKey(e.currentTarget.value)}
          />
        </div>
        <Button type="submit" isDisabled={busy || issueKey.trim() === ''}>
          {t('dry.run')}
        </Button>
      </form>
      {result && 'code' in result ? <ErrorMessage code={result.code} message={result.message} /> : null}
      {result && 'commands' in result ? (
        <div data-testid="dry-result" role="status">
          <p>
            {result.matched ? t('dry.matched') : t('dry.notMatched')}{' '}
            {result.existingRun
              ? t('dry.existing', { playbook: result.existingRun.playbookId, version: result.existingRun.version })
              : ''}{' '}
            {t('dry.nothingDone')}
          </p>
          <DynamicTable
            head={head}
            emptyView={<p>{t('dry.noCommands')}</p>}
            rows={result.commands.map((c) => ({
              key: c.key,
              cells: [
                { key: 'type', content: c.type },
                { key: 'step', content: c.stepId ?? '—' },
                { key: 'target', content: c.target ?? '—' },
                { key: 'summary', content: c.summary },
              ],
            }))}
          />
          <h4 style={{ font: token('font.heading.xxsmall') }}>{t('dry.why')}</h4>
          <ol>
            {result.trace.map((line, i) => (
              <li key={i}>{line.message}</li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
