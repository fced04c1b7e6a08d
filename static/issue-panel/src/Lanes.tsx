// Steps grouped by lane (the team that owns them), each with owner, due date, state and its reasons.
import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { RunView, StepView, TraceBatch } from '../../../src/shared/contracts';
import { traceWords } from './History';
import { formatDate, knownKey, type Locale, type Translate } from './i18n';
import { token } from '@atlaskit/tokens';
import { useI18n } from './useI18n';
import { stepName, statusAppearance, word } from './words';

function lanesOf(steps: StepView[]): [string, StepView[]][] {
  const lanes = new Map<string, StepView[]>();
  for (const s of steps) {
    const lane = s.lane ?? '—';
    lanes.set(lane, [...(lanes.get(lane) ?? []), s]);
  }
  return [...lanes];
}

type Noted = { at: string; code: string; message: string };

/** This step's lines of the stored trace, oldest first. */
function notedFor(trace: readonly TraceBatch[], stepId: string): Noted[] {
  return [...trace]
    .reverse()
    .flatMap((b) =>
      b.lines.filter((l) => l.stepId === stepId).map((l) => ({ at: b.at, code: l.code, message: l.message })),
    );
}

function Why({ step, noted, t, locale }: { step: StepView; noted: Noted[]; t: Translate; locale: Locale }) {
  const why = step.why ?? [];
  if (why.length === 0 && noted.length === 0) return null;
  return (
    <details>
      <summary>{t('why')}</summary>
      <ul>
        {why.map((w, i) => {
          const at = w.at ? formatDate(w.at, locale) : '';
          const key = knownKey(`why.${w.code}`);
          return (
            <li key={i}>
              {key
                ? t(key, { at, detail: w.detail ?? '' })
                : t('why.unknown', { code: w.code, at, detail: w.detail ?? '' })}
            </li>
          );
        })}
        {noted.map((n, i) => (
          <li key={`n${i}`} data-code={n.code}>
            {formatDate(n.at, locale)}: {traceWords(t, n.code, n.message)}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function Lanes({ run, trace }: { run: RunView; trace: readonly TraceBatch[] }) {
  const { t, locale } = useI18n();
  const head = {
    cells: [
      { key: 'step', content: t('col.step') },
      { key: 'kind', content: t('col.kind') },
      { key: 'owner', content: t('col.owner') },
      { key: 'due', content: t('col.due') },
      { key: 'state', content: t('col.state') },
    ],
  };
  return (
    <>
      {lanesOf(run.steps).map(([lane, steps]) => (
        <section key={lane} aria-labelledby={`lane-${lane}`} data-testid={`lane-${lane}`}>
          <h2 id={`lane-${lane}`} style={{ font: token('font.heading.small') }}>
            {t('lane', { lane })}
          </h2>
          <DynamicTable
            head={head}
            rows={steps.map((s) => ({
              key: s.id,
              cells: [
                {
                  key: 'step',
                  content: (
                    <div data-testid={`step-${s.id}`}>
                      {stepName(s)}
                      <Why step={s} noted={notedFor(trace, s.id)} t={t} locale={locale} />
                    </div>
                  ),
                },
                { key: 'kind', content: s.kind ?? '—' },
                { key: 'owner', content: s.owner ?? s.lane ?? '—' },
                {
                  key: 'due',
                  content: (
                    <span data-testid={`due-${s.id}`}>
                      {s.dueAt
                        ? formatDate(s.dueAt, locale)
                        : s.plannedAt
                          ? t('due.planned', { at: formatDate(s.plannedAt, locale) })
                          : '—'}
                    </span>
                  ),
                },
                {
                  key: 'state',
                  content: (
                    <Lozenge appearance={statusAppearance(s)}>
                      {s.overdue ? t('status.overdue') : s.skipped ? t('status.skipped') : word(t, 'status', s.status)}
                    </Lozenge>
                  ),
                },
              ],
            }))}
          />
        </section>
      ))}
    </>
  );
}
