// "Why did this happen?" per change: each event that changed the run, expandable to the rules the engine applied,
// worded from their stable codes (the engine's own sentence beside it, in English, as the detail).
import { token } from '@atlaskit/tokens';
import type { TraceBatch } from '../../../src/shared/contracts';
import type { Outcome } from './api';
import { ErrorMessage } from './ErrorMessage';
import { formatDate, knownKey, type Translate } from './i18n';
import { useI18n } from './useI18n';

/** A trace code in words: exact key first, then its family (`attention.*`), else the engine's sentence. */
export function traceWords(t: Translate, code: string, message: string): string {
  const key = knownKey(`trace.${code}`) ?? knownKey(`trace.${code.split('.')[0] ?? ''}.*`);
  return key ? t(key) : message;
}

export function eventWords(t: Translate, event: string): string {
  const key = knownKey(`event.${event}`);
  return key ? t(key) : event;
}

export function TraceLines({ lines }: { lines: TraceBatch['lines'] }) {
  const { t } = useI18n();
  return (
    <ul>
      {lines.map((l, i) => (
        <li key={i} data-code={l.code}>
          {traceWords(t, l.code, l.message)}{' '}
          <span lang="en" style={{ color: token('color.text.subtle') }}>
            ({l.message})
          </span>
        </li>
      ))}
    </ul>
  );
}

export function History({ trace }: { trace: Outcome<TraceBatch[]> | undefined }) {
  const { t, locale } = useI18n();
  if (!trace) return null;
  return (
    <section aria-labelledby="history-title" data-testid="history">
      <h2 id="history-title" style={{ font: token('font.heading.small') }}>
        {t('history.title')}
      </h2>
      {!trace.ok ? <ErrorMessage code={trace.code} message={trace.message} /> : null}
      {trace.ok && trace.data.length === 0 ? <p>{t('history.empty')}</p> : null}
      {trace.ok ? (
        <ol style={{ paddingLeft: token('space.200') }}>
          {trace.data.map((b, i) => (
            <li key={`${b.at}-${i}`} data-testid="history-item">
              <details>
                <summary>
                  {t('history.item', { at: formatDate(b.at, locale), event: eventWords(t, b.event) })}
                  {b.actor ? ` ${t('history.by', { who: b.actor })}` : ''} — {t('why')}
                </summary>
                <TraceLines lines={b.lines} />
              </details>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
