// A ticket with no run: the agent may start the matching playbook by hand (checked on the server).
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { ActionResult } from './ActionResult';
import { useAction } from './useAction';
import { useI18n } from './useI18n';

export function StartByHand({ issueKey, onChanged }: { issueKey: string; onChanged: () => void }) {
  const { t } = useI18n();
  const { state, run } = useAction(issueKey, onChanged);
  return (
    <main aria-labelledby="panel-title" data-testid="no-run" style={{ color: token('color.text') }}>
      <h1 id="panel-title" style={{ font: token('font.heading.medium') }}>
        {t('noRun.title')}
      </h1>
      <p>{t('noRun.body')}</p>
      <Button appearance="primary" isDisabled={state.kind === 'working'} onClick={() => run('startByHand')}>
        {t('noRun.start')}
      </Button>
      {state.kind === 'failed' && state.code === 'NOT_FOUND' ? <p role="alert">{t('noRun.noMatch')}</p> : null}
      {state.kind === 'failed' && state.code === 'NOT_FOUND' ? null : <ActionResult state={state} />}
    </main>
  );
}
