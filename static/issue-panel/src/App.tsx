// The one bundle behind both modules: the glance (jira:issueContext) and the panel (jira:issuePanel). The panel's
// own code is a separate chunk, fetched while the theme loads and the run is read; the glance never loads it.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { events, view } from '@forge/bridge';
import { token } from '@atlaskit/tokens';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import Spinner from '@atlaskit/spinner';
import type { RunView } from '../../../src/shared/contracts';
import { getRun, isGlance, loadContext, type Outcome, type PageContext } from './api';
import { ErrorMessage } from './ErrorMessage';
import { Glance } from './Glance';
import { localeOf, setTimeZone, translator } from './i18n';
import { onDemand, OnDemandUi } from '../../shared/OnDemand';
import { I18nContext } from './useI18n';

const RUN_CHANGED = 'onboarding-playbooks.run-changed';

const Panel = onDemand(() => import('./Panel').then((m) => m.Panel));

const NO_ISSUE: Outcome<RunView | null> = { ok: false, code: 'NOT_FOUND', message: 'no issue in the context' };

type Loaded = { context: PageContext; run: Outcome<RunView | null> };

async function applyTheme(context: PageContext): Promise<void> {
  // The host applies Jira's theme once asked; the token styles themselves come with the page.
  await view.theme.enable();
  await setGlobalTheme({ colorMode: context.theme?.colorMode === 'dark' ? 'dark' : 'light' });
  document.body.style.backgroundColor = token('elevation.surface');
  document.body.style.color = token('color.text');
  document.body.style.font = token('font.body', 'normal 400 14px/20px system-ui, sans-serif');
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded | { failed: string } | undefined>();

  const load = useCallback(async () => {
    try {
      const context = await loadContext();
      setTimeZone(context.timezone);
      if (!isGlance(context)) Panel.preload();
      const key = context.extension?.issue?.key;
      // The run is read while the theme loads; it is shown only once both are in, so nothing paints unthemed.
      // getRun answers failures as an Outcome and never rejects: a rejection here is the theme's, shown as before.
      const [run] = await Promise.all([
        key ? getRun(key) : Promise.resolve<Outcome<RunView | null>>(NO_ISSUE),
        applyTheme(context),
      ]);
      setLoaded({ context, run });
    } catch (e) {
      setLoaded({ failed: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  useEffect(() => {
    void load();
    // The glance and the panel are separate frames: a change made in one reloads the other.
    const subscription = events.on(RUN_CHANGED, () => void load());
    return () => void subscription.then((s) => s.unsubscribe());
  }, [load]);

  const changed = useCallback(() => {
    void load();
    events.emit(RUN_CHANGED).catch(() => undefined);
  }, [load]);

  const locale = loaded && 'context' in loaded ? localeOf(loaded.context.locale) : localeOf(navigator.language);
  const i18n = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  useEffect(() => {
    document.documentElement.lang = locale === 'no-NO' ? 'nb' : 'en';
  }, [locale]);

  const onDemandUi = useMemo<OnDemandUi>(
    () => ({
      loading: <Spinner label={i18n.t('loading')} />,
      failed: (message, retry) => <ErrorMessage code="network" message={message} onRetry={retry} />,
    }),
    [i18n],
  );

  let body;
  if (!loaded) body = onDemandUi.loading;
  else if ('failed' in loaded)
    body = <ErrorMessage code="network" message={loaded.failed} onRetry={() => void load()} />;
  else if (isGlance(loaded.context)) body = <Glance outcome={loaded.run} onRetry={() => void load()} />;
  else body = <Panel issueKey={loaded.context.extension?.issue?.key ?? ''} outcome={loaded.run} onChanged={changed} />;
  return (
    <I18nContext.Provider value={i18n}>
      <OnDemandUi.Provider value={onDemandUi}>{body}</OnDemandUi.Provider>
    </I18nContext.Provider>
  );
}
