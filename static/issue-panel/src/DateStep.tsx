// A date step (S2's review date): the date accepted so far and a day to set; the engine checks it against the
// step's limit and refuses a day outside it, saying why.
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { StepView } from '../../../src/shared/contracts';
import { formatDay } from './i18n';
import type { Perform } from './StepActions';
import { useI18n } from './useI18n';
import { dateInputStyle } from './styles';

export function DateStep({ step, busy, perform }: { step: StepView; busy: boolean; perform: Perform }) {
  const { t, locale } = useI18n();
  const [value, setValue] = useState(step.date ?? '');
  const id = `date-${step.id}`;
  return (
    <div data-testid={`date-${step.id}`} style={{ marginTop: token('space.100') }}>
      <p id={`${id}-current`}>
        {step.date ? t('date.current', { date: formatDay(step.date, locale) }) : t('date.none')}
      </p>
      <label htmlFor={id} style={{ display: 'block', marginBottom: token('space.050') }}>
        {t('date.label', { step: step.name ?? step.id })}
      </label>
      <input
        id={id}
        type="date"
        value={value}
        aria-describedby={`${id}-current`}
        onChange={(e) => setValue(e.currentTarget.value)}
        style={dateInputStyle}
      />{' '}
      <Button
        appearance="primary"
        isDisabled={busy || value === '' || value === step.date}
        onClick={() => perform('setDate', { value })}
      >
        {t('date.set')}
      </Button>
    </div>
  );
}
