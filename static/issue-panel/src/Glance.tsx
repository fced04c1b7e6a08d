// The glance: always visible beside the issue, a run's state at a look.
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { RunView } from '../../../src/shared/contracts';
import type { Outcome } from './api';
import { ErrorMessage } from './ErrorMessage';
import { formatDate } from './i18n';
import { useI18n } from './useI18n';
import { stepName, weekText, word } from './words';

const row = { display: 'grid', gridTemplateColumns: '7rem 1fr', gap: token('space.100') } as const;
const label = { color: token('color.text.subtle'), margin: 0 } as const;

export function Glance({ outcome, onRetry }: { outcome: Outcome<RunView | null>; onRetry: () => void }) {
  const { t, locale } = useI18n();
  if (!outcome.ok) return <ErrorMessage code={outcome.code} message={outcome.message} onRetry={onRetry} />;
  const run = outcome.data;
  if (!run)
    return (
      <section aria-labelledby="glance-title" style={{ color: token('color.text') }}>
        <h2 id="glance-title">{t('noRun.title')}</h2>
      </section>
    );
  const overdue = run.steps.filter((s) => s.overdue);
  const names = new Map(run.steps.map((s) => [s.id, stepName(s)]));
  const week = run.week && weekText(run.week, t, locale);
  // The stage is the ids of the active steps, joined by ', ' (ids cannot hold a comma): shown by their names.
  const stage = run.stage
    .split(', ')
    .map((id) => names.get(id) ?? id)
    .join(', ');
  return (
    <section aria-labelledby="glance-title" data-testid="glance" style={{ color: token('color.text') }}>
      <h2 id="glance-title" style={{ font: token('font.heading.small'), margin: 0 }}>
        {run.playbookName ?? run.playbookId}{' '}
        <Lozenge appearance={run.state === 'active' ? 'inprogress' : 'default'}>{word(t, 'state', run.state)}</Lozenge>
      </h2>
      {run.attention.length > 0 ? (
        <div role="status" data-testid="needs-attention" style={{ marginTop: token('space.100') }}>
          <Lozenge appearance="removed" isBold>
            {t('attention.title')}
          </Lozenge>
          <ul>
            {run.attention.map((a) => (
              <li key={`${a.code}-${a.at}`}>{a.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl>
        <div style={row}>
          <dt style={label}>{t('stage')}</dt>
          <dd style={{ margin: 0 }}>
            {stage}
            {week ? (
              <>
                {' · '}
                <span data-testid="glance-week">{week}</span>
              </>
            ) : null}
          </dd>
        </div>
        {run.progress ? (
          <div style={row}>
            <dt style={label}>{t('progress')}</dt>
            <dd style={{ margin: 0 }} data-testid="glance-progress">
              {t('progress.value', run.progress)}
            </dd>
          </div>
        ) : null}
        <div style={row}>
          <dt style={label}>{t('overdue')}</dt>
          <dd style={{ margin: 0 }}>
            {overdue.length === 0
              ? t('overdue.none')
              : overdue.map((s) => `${stepName(s)} (${formatDate(s.dueAt ?? '', locale)})`).join(', ')}
          </dd>
        </div>
        <div style={row}>
          <dt style={label}>{t('waitingOn')}</dt>
          <dd style={{ margin: 0 }}>
            {(run.waitingOn ?? []).length === 0
              ? t('waitingOn.none')
              : (run.waitingOn ?? [])
                  .map((w) => t('waitingOn.item', { step: names.get(w.stepId) ?? w.stepId, who: w.who }))
                  .join('; ')}
          </dd>
        </div>
      </dl>
    </section>
  );
}
