// A recurring step: its rule and touchpoints, and a new RRULE an agent may set (the engine checks it).
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { StepView } from '../../../src/shared/contracts';
import { formatDate } from './i18n';
import type { Perform } from './StepActions';
import { useI18n } from './useI18n';

export function Recurrence({ step, busy, perform }: { step: StepView; busy: boolean; perform: Perform }) {
  const { t, locale } = useI18n();
  const [rule, setRule] = useState('');
  const r = step.recurrence;
  const next = r?.occurrences[r.done];
  const id = `rrule-${step.id}`;
  return (
    <>
      {r ? (
        <ul>
          {r.rule ? <li>{t('recurrence.rule', { rule: r.rule })}</li> : null}
          <li>{t('recurrence.progress', { done: r.done, total: r.occurrences.length })}</li>
          {next ? <li>{t('recurrence.next', { at: formatDate(next, locale) })}</li> : null}
        </ul>
      ) : null}
      <label htmlFor={id} style={{ display: 'block', marginBottom: token('space.050') }}>
        {t('recurrence.new')}
      </label>
      <Textfield
        id={id}
        value={rule}
        placeholder="FREQ=WEEKLY;BYDAY=MO"
        aria-describedby={`${id}-hint`}
        onChange={(e) => setRule(e.currentTarget.value)}
      />
      <p id={`${id}-hint`} style={{ color: token('color.text.subtle') }}>
        {t('recurrence.hint')}
      </p>
      <Button
        isDisabled={busy || rule.trim() === ''}
        onClick={() => perform('changeRecurrence', { rrule: rule.trim() })}
      >
        {t('recurrence.change')}
      </Button>
    </>
  );
}
