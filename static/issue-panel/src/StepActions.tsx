// Steps waiting for a person, each with its own controls: tick a checklist item, mark a task done, record a decision,
// sign off or waive a party, approve or flag a review, change a recurrence, defer a date. The server checks each.
import { useState } from 'react';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import type { RunView, StepView } from '../../../src/shared/contracts';
import type { PageAction, Target } from './api';
import { ActionResult } from './ActionResult';
import { Defer } from './Defer';
import { KindControls } from './KindControls';
import { useAction } from './useAction';
import { useI18n } from './useI18n';
import { stepName } from './words';

const ACTABLE = new Set(['task', 'decision', 'signoff', 'review', 'recurring']);

/** Steps a person can act on now: active ones of a kind done by people, and open ones with a date to defer. */
export const actable = (s: StepView): boolean =>
  (s.status === 'active' && ACTABLE.has(s.kind ?? '')) || (s.deferrable === true && s.status !== 'done');

export type Perform = (action: PageAction, target?: Target) => void;

function StepCard({ issueKey, step, onChanged }: { issueKey: string; step: StepView; onChanged: () => void }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const { state, run } = useAction(issueKey, onChanged);
  const busy = state.kind === 'working';
  const trimmed = note.trim() === '' ? undefined : note.trim();
  const perform: Perform = (action, target = {}) => run(action, { stepId: step.id, note: trimmed, ...target });
  const noteId = `note-${step.id}`;
  return (
    <section
      aria-labelledby={`act-${step.id}`}
      aria-describedby={step.description ? `desc-${step.id}` : undefined}
      data-testid={`act-${step.id}`}
      style={{
        border: `1px solid ${token('color.border')}`,
        borderRadius: token('radius.medium'),
        padding: token('space.150'),
        marginBottom: token('space.150'),
      }}
    >
      <h3 id={`act-${step.id}`} style={{ font: token('font.heading.xsmall'), marginTop: 0 }}>
        {stepName(step)}
      </h3>
      {step.description ? (
        <p id={`desc-${step.id}`} data-testid={`desc-${step.id}`} style={{ color: token('color.text.subtle') }}>
          {step.description}
        </p>
      ) : null}
      {step.status === 'active' && ACTABLE.has(step.kind ?? '') ? (
        <>
          <label htmlFor={noteId} style={{ display: 'block', marginBottom: token('space.050') }}>
            {t('step.note')}
          </label>
          <TextArea id={noteId} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={2000} />
          <KindControls step={step} busy={busy} perform={perform} />
        </>
      ) : null}
      {step.deferrable ? <Defer issueKey={issueKey} step={step} busy={busy} perform={perform} /> : null}
      <ActionResult state={state} />
    </section>
  );
}

export function StepActions({ issueKey, run, onChanged }: { issueKey: string; run: RunView; onChanged: () => void }) {
  const { t } = useI18n();
  const steps = run.steps.filter(actable);
  return (
    <section aria-labelledby="steps-title" data-testid="step-actions">
      <h2 id="steps-title" style={{ font: token('font.heading.small') }}>
        {t('steps.title')}
      </h2>
      {steps.length === 0 ? <p>{t('steps.none')}</p> : null}
      {steps.map((s) => (
        <StepCard key={s.id} issueKey={issueKey} step={s} onChanged={onChanged} />
      ))}
    </section>
  );
}
