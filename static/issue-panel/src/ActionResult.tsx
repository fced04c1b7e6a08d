import { ErrorMessage } from './ErrorMessage';
import { useI18n } from './useI18n';
import type { ActionState } from './useAction';
import { word } from './words';

export function ActionResult({ state }: { state: ActionState }) {
  const { t } = useI18n();
  if (state.kind === 'failed') return <ErrorMessage code={state.code} message={state.message} reason={state.reason} />;
  return (
    <p role="status" data-testid="action-result">
      {state.kind === 'done' ? t('actions.done', { state: word(t, 'state', state.state) }) : null}
      {state.kind === 'working' ? t('actions.working') : null}
    </p>
  );
}
