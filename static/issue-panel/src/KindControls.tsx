// The controls of one step by its kind; each button is one action the server checks (and may refuse, saying why).
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { StepView } from '../../../src/shared/contracts';
import { DateStep } from './DateStep';
import { formatDate } from './i18n';
import { Recurrence } from './Recurrence';
import type { Perform } from './StepActions';
import { useI18n } from './useI18n';
import { word } from './words';

interface Props {
  step: StepView;
  busy: boolean;
  perform: Perform;
}

const row = { display: 'flex', flexWrap: 'wrap', gap: token('space.100'), marginTop: token('space.100') } as const;

function Task({ step, busy, perform }: Props) {
  const { t } = useI18n();
  return (
    <>
      {step.evidence === 'required' ? <p>{t('task.evidence')}</p> : null}
      {step.checklist ? (
        <fieldset style={{ border: 'none', padding: 0, margin: `${token('space.100')} 0 0` }}>
          <legend>{t('task.checklist')}</legend>
          {step.checklist.map((c) => (
            <div key={c.id}>
              <input
                type="checkbox"
                id={`item-${step.id}-${c.id}`}
                checked={c.done}
                disabled={busy || c.done}
                onChange={() => perform('checkItem', { item: c.id })}
              />{' '}
              <label htmlFor={`item-${step.id}-${c.id}`}>
                {c.text}
                {c.lane ? ` (${c.lane})` : ''}
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <div style={row}>
        <Button appearance="primary" isDisabled={busy} onClick={() => perform('completeStep')}>
          {t('task.done')}
        </Button>
      </div>
    </>
  );
}

function Decision({ step, busy, perform }: Props) {
  const { t } = useI18n();
  return (
    <>
      {step.question ? <p>{step.question}</p> : null}
      <div style={row} role="group" aria-label={t('decision.options')}>
        {(step.options ?? []).map((o) => (
          <Button key={o.value} isDisabled={busy} onClick={() => perform('decide', { value: o.value })}>
            {t('decision.choose', { option: o.label ?? o.value })}
          </Button>
        ))}
      </div>
    </>
  );
}

function Signoff({ step, busy, perform }: Props) {
  const { t, locale } = useI18n();
  return (
    <ul style={{ paddingLeft: token('space.200') }}>
      {(step.parties ?? []).map((p) => (
        <li key={p.id} data-testid={`party-${p.id}`} style={{ marginBottom: token('space.100') }}>
          <strong>{p.name}</strong> ({t(p.required ? 'party.required' : 'party.optional')})
          {p.signed ? (
            <p>
              {t('party.signed', {
                who: p.signed.by,
                at: formatDate(p.signed.at, locale),
                how: word(t, 'how', p.signed.how),
              })}
              {p.signed.note ? ` — “${p.signed.note}”` : null}
            </p>
          ) : (
            <>
              <p>
                {p.people.length > 0 ? t('party.people', { people: p.people.join(', ') }) : null}{' '}
                {p.byReporterComment ? t('party.byComment') : null} {p.agentRecord ? t('party.agentRecord') : null}{' '}
                {p.waivable ? t('party.waivable') : t('party.neverWaived')}
              </p>
              <div style={row}>
                <Button appearance="primary" isDisabled={busy} onClick={() => perform('signOff', { party: p.id })}>
                  {t('party.signOff', { party: p.name })}
                </Button>
                {p.waivable ? (
                  <Button isDisabled={busy} onClick={() => perform('waive', { party: p.id })}>
                    {t('party.waive', { party: p.name })}
                  </Button>
                ) : null}
              </div>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function Review({ step, busy, perform }: Props) {
  const { t, locale } = useI18n();
  return (
    <>
      <ul>
        {(step.flags ?? []).map((f) => (
          <li key={`${f.at}-${f.by}`}>
            {t('review.flagged', { who: f.by, at: formatDate(f.at, locale), reason: f.reason })}
          </li>
        ))}
      </ul>
      <p>{t('review.hint')}</p>
      <div style={row}>
        <Button appearance="primary" isDisabled={busy} onClick={() => perform('completeStep')}>
          {t('review.approve')}
        </Button>
        <Button appearance="warning" isDisabled={busy} onClick={() => perform('flag')}>
          {t('review.flag')}
        </Button>
      </div>
    </>
  );
}

export function KindControls(props: Props) {
  switch (props.step.kind) {
    case 'task':
      return <Task {...props} />;
    case 'decision':
      return <Decision {...props} />;
    case 'signoff':
      return <Signoff {...props} />;
    case 'review':
      return <Review {...props} />;
    case 'recurring':
      return <Recurrence {...props} />;
    case 'date':
      return <DateStep {...props} />;
    default:
      return null;
  }
}
