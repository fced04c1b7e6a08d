// Defer a step to a later day: first a preview of every date that moves (nothing changes), then the deferral.
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { PreviewDeferResult, StepView } from '../../../src/shared/contracts';
import { previewDefer, type Outcome } from './api';
import { ErrorMessage } from './ErrorMessage';
import { formatDate, formatDay } from './i18n';
import type { Perform } from './StepActions';
import { useI18n } from './useI18n';
import { dateInputStyle } from './styles';

interface Props {
  issueKey: string;
  step: StepView;
  busy: boolean;
  perform: Perform;
}

export function Defer({ issueKey, step, busy, perform }: Props) {
  const { t, locale } = useI18n();
  const [date, setDate] = useState('');
  const [preview, setPreview] = useState<{ date: string; outcome: Outcome<PreviewDeferResult> } | undefined>();
  const id = `defer-${step.id}`;
  const ask = async () => setPreview({ date, outcome: await previewDefer(issueKey, step.id, date) });
  const shown = preview?.date === date ? preview.outcome : undefined;
  return (
    <div data-testid={`defer-${step.id}`} style={{ marginTop: token('space.150') }}>
      <label htmlFor={id} style={{ display: 'block', marginBottom: token('space.050') }}>
        {t('defer.date')}
      </label>
      <input id={id} type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} style={dateInputStyle} />{' '}
      <Button isDisabled={busy || date === ''} onClick={() => void ask()}>
        {t('defer.preview')}
      </Button>
      {shown && !shown.ok ? <ErrorMessage code={shown.code} message={shown.message} reason={shown.reason} /> : null}
      {shown?.ok ? (
        <div role="status" data-testid="defer-preview">
          {shown.data.moves.length === 0 ? (
            <p>{t('defer.none')}</p>
          ) : (
            <>
              <p>{t('defer.moves', { count: shown.data.moves.length })}</p>
              <ul>
                {shown.data.moves.map((m) => (
                  <li key={m.stepId}>
                    {t('defer.move', {
                      step: m.name ?? m.stepId,
                      from: m.from ? formatDate(m.from, locale) : t('defer.noDate'),
                      to: formatDate(m.to, locale),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
          <Button appearance="primary" isDisabled={busy} onClick={() => perform('defer', { date })}>
            {t('defer.confirm', { date: formatDay(date, locale) })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
