// The agent's actions on a run; the server checks each against the agent's permission on the issue.
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import type { RunView } from '../../../src/shared/contracts';
import { ActionResult } from './ActionResult';
import { useAction } from './useAction';
import { useI18n } from './useI18n';

export function Actions({ issueKey, run, onChanged }: { issueKey: string; run: RunView; onChanged: () => void }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const { state, run: perform } = useAction(issueKey, onChanged);
  const busy = state.kind === 'working';
  const awaiting = run.steps.some((s) => s.approval && !s.approval.answer && s.status === 'active');
  const withNote = note.trim() === '' ? undefined : note.trim();
  return (
    <section aria-labelledby="actions-title" data-testid="actions">
      <h2 id="actions-title" style={{ font: token('font.heading.small') }}>
        {t('actions.title')}
      </h2>
      <label htmlFor="action-note" style={{ display: 'block', marginBottom: token('space.050') }}>
        {t('actions.note')}
      </label>
      <TextArea id="action-note" value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={2000} />
      {awaiting ? <p>{t('actions.onBehalf')}</p> : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100'), marginTop: token('space.100') }}>
        {awaiting ? (
          <>
            <Button appearance="primary" isDisabled={busy} onClick={() => perform('approve', { note: withNote })}>
              {t('actions.approve')}
            </Button>
            <Button appearance="warning" isDisabled={busy} onClick={() => perform('decline', { note: withNote })}>
              {t('actions.decline')}
            </Button>
          </>
        ) : null}
        <Button isDisabled={busy} onClick={() => perform('customerCommunicationNeeded', { note: withNote })}>
          {t('actions.customerCommunication')}
        </Button>
        <Button appearance="danger" isDisabled={busy} onClick={() => perform('cancel', { note: withNote })}>
          {t('actions.cancel')}
        </Button>
      </div>
      <ActionResult state={state} />
    </section>
  );
}
