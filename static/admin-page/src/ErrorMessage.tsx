// Errors in plain words with what to do next, announced to screen readers.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { knownKey } from './i18n';
import { useI18n } from './useI18n';

export function ErrorMessage(props: { code: string; message: string; onRetry?: () => void }) {
  const { t } = useI18n();
  const key = knownKey(`error.${props.code}`) ?? 'error.FAILED';
  return (
    <div role="alert" data-testid="error">
      <SectionMessage appearance={props.code === 'NOT_ADMIN' || props.code === 'FORBIDDEN' ? 'warning' : 'error'}>
        <p>{t(key, { message: props.message })}</p>
        {props.onRetry ? <Button onClick={props.onRetry}>{t('retry')}</Button> : null}
      </SectionMessage>
    </div>
  );
}
