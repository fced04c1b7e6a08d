// Errors in plain words with what to do next, announced to screen readers. A refusal by the engine (REFUSED) is
// worded from its stable reason code; a reason this page does not know shows the server's own message.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { knownKey } from './i18n';
import { useI18n } from './useI18n';

export function ErrorMessage(props: {
  code: string;
  message: string;
  reason?: string | undefined;
  onRetry?: () => void;
}) {
  const { t } = useI18n();
  const refusal = props.code === 'REFUSED' && props.reason ? knownKey(`refused.${props.reason}`) : undefined;
  const key = refusal ?? knownKey(`error.${props.code}`) ?? 'error.FAILED';
  const warning = props.code === 'FORBIDDEN' || props.code === 'REFUSED';
  return (
    <div role="alert" data-testid="error" data-reason={props.reason}>
      <SectionMessage appearance={warning ? 'warning' : 'error'}>
        <p>{t(key, { message: props.message })}</p>
        {refusal ? (
          <p lang="en" style={{ color: token('color.text.subtle') }}>
            {props.message}
          </p>
        ) : null}
        {props.onRetry ? <Button onClick={props.onRetry}>{t('retry')}</Button> : null}
      </SectionMessage>
    </div>
  );
}
