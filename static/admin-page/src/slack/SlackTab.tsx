// The Slack webhook: set, replace, test, clear. The page only ever learns its last four characters; the input is
// masked and emptied once sent.
import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { SLACK_WEBHOOK_PATTERN, type SlackStatus } from '../../../../src/shared/admin-contracts';
import { admin } from '../api';
import type { Failure } from '../call';
import { ConfirmDialog } from '../ConfirmDialog';
import { ErrorMessage } from '../ErrorMessage';
import { formatDate } from '../i18n';
import { useUnsaved } from '../unsaved';
import { useI18n } from '../useI18n';

export function SlackTab() {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState<SlackStatus | undefined>();
  const [url, setUrl] = useState('');
  const [failure, setFailure] = useState<Failure | undefined>();
  const [note, setNote] = useState('');
  const [clearing, setClearing] = useState(false);
  const load = useCallback(
    () => void admin('getSlackStatus', {}).then((a) => (a.ok ? setStatus(a.data) : setFailure(a))),
    [],
  );
  useEffect(load, [load]);
  useUnsaved('slack', url !== '');

  const act = async (what: 'set' | 'test' | 'clear') => {
    setFailure(undefined);
    setNote('');
    if (what === 'test') {
      const a = await admin('testSlackWebhook', {});
      return a.ok ? setNote(t('slack.testSent')) : setFailure(a);
    }
    const a =
      what === 'set' ? await admin('setSlackWebhook', { url: url.trim() }) : await admin('clearSlackWebhook', {});
    if (!a.ok) return setFailure(a);
    setStatus(a.data);
    setUrl('');
    setNote(what === 'set' ? t('slack.saved') : t('slack.cleared'));
  };
  const valid = SLACK_WEBHOOK_PATTERN.test(url.trim());

  return (
    <section
      aria-labelledby="slack-title"
      style={{ paddingTop: token('space.200'), display: 'grid', gap: token('space.200') }}
    >
      <h2 id="slack-title" style={{ font: token('font.heading.medium'), margin: 0 }}>
        {t('tab.slack')}
      </h2>
      <p>{t('slack.intro')}</p>
      <p data-testid="slack-status">
        {status?.configured ? (
          <>
            <Lozenge appearance="success">{t('slack.configured')}</Lozenge>{' '}
            {t('slack.endsIn', { last4: status.last4 ?? '????' })}
            {status.setAt
              ? ` ${t('slack.setAt', { at: formatDate(status.setAt, locale), by: status.setBy?.displayName ?? status.setBy?.accountId ?? '—' })}`
              : ''}
          </>
        ) : status ? (
          <Lozenge>{t('slack.notConfigured')}</Lozenge>
        ) : null}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void act('set');
        }}
        style={{ display: 'flex', gap: token('space.100'), alignItems: 'end', flexWrap: 'wrap' }}
      >
        <div style={{ flex: '1 1 24rem' }}>
          <label htmlFor="slack-url" style={{ display: 'block', marginBottom: token('space.050') }}>
            {status?.configured ? t('slack.replaceLabel') : t('slack.setLabel')}
          </label>
          <TextField
            id="slack-url"
            type="password"
            autoComplete="off"
            value={url}
            isInvalid={url !== '' && !valid}
            aria-describedby="slack-url-help"
            onChange={(e) => setUrl(e.currentTarget.value)}
          />
          <p
            id="slack-url-help"
            style={{ margin: 0, color: url !== '' && !valid ? token('color.text.danger') : token('color.text.subtle') }}
          >
            {t('slack.help')}
          </p>
        </div>
        <Button type="submit" appearance="primary" isDisabled={!valid}>
          {status?.configured ? t('slack.replace') : t('slack.set')}
        </Button>
      </form>
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button isDisabled={!status?.configured} onClick={() => void act('test')}>
          {t('slack.test')}
        </Button>
        <Button appearance="danger" isDisabled={!status?.configured} onClick={() => setClearing(true)}>
          {t('slack.clear')}
        </Button>
      </div>
      <p role="status" data-testid="slack-note">
        {note}
      </p>
      {failure ? <ErrorMessage code={failure.code} message={failure.message} /> : null}
      <ConfirmDialog
        open={clearing}
        title={t('slack.clearTitle')}
        confirm={t('slack.clear')}
        appearance="danger"
        onCancel={() => setClearing(false)}
        onConfirm={() => {
          setClearing(false);
          void act('clear');
        }}
      >
        <p>{t('slack.clearBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
