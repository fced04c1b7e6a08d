// The panel: the run in detail, grouped by lane, with approvals, reasons and the agent's actions.
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { RunView } from '../../../src/shared/contracts';
import type { Outcome } from './api';
import { Actions } from './Actions';
import { Approval } from './Approval';
import { ErrorMessage } from './ErrorMessage';
import { History } from './History';
import { Lanes } from './Lanes';
import { StartByHand } from './StartByHand';
import { StepActions } from './StepActions';
import { Timeline } from './Timeline';
import { useI18n } from './useI18n';
import { useTrace } from './useTrace';
import { word } from './words';

interface Props {
  issueKey: string;
  outcome: Outcome<RunView | null>;
  onChanged: () => void;
}

export function Panel({ issueKey, outcome, onChanged }: Props) {
  const { t } = useI18n();
  const trace = useTrace(issueKey, outcome, outcome.ok && outcome.data !== null);
  if (!outcome.ok)
    return <ErrorMessage code={outcome.code} message={outcome.message} reason={outcome.reason} onRetry={onChanged} />;
  const run = outcome.data;
  if (!run) return <StartByHand issueKey={issueKey} onChanged={onChanged} />;
  return (
    <main aria-labelledby="panel-title" data-testid="panel" style={{ color: token('color.text') }}>
      <h1 id="panel-title" style={{ font: token('font.heading.medium') }}>
        {run.playbookName ?? run.playbookId}{' '}
        <Lozenge appearance={run.state === 'active' ? 'inprogress' : 'default'}>{word(t, 'state', run.state)}</Lozenge>
      </h1>
      {run.progress ? <p>{t('progress.value', run.progress)}</p> : null}
      {run.attention.length > 0 ? (
        <section aria-labelledby="attention-title" data-testid="needs-attention">
          <SectionMessage appearance="warning">
            <h2 id="attention-title" style={{ font: token('font.heading.small'), marginTop: 0 }}>
              {t('attention.title')}
            </h2>
            <ul>
              {run.attention.map((a) => (
                <li key={`${a.code}-${a.at}`}>{a.message}</li>
              ))}
            </ul>
            <p>{t('attention.next')}</p>
          </SectionMessage>
        </section>
      ) : null}
      {run.timeline ? <Timeline timeline={run.timeline} week={run.week} /> : null}
      <Lanes run={run} trace={trace?.ok ? trace.data : []} />
      {run.steps
        .filter((s) => s.approval)
        .map((s) => (
          <Approval key={s.id} step={s} />
        ))}
      {run.state === 'active' ? <StepActions issueKey={issueKey} run={run} onChanged={onChanged} /> : null}
      {run.state === 'active' ? <Actions issueKey={issueKey} run={run} onChanged={onChanged} /> : null}
      <History trace={trace} />
    </main>
  );
}
