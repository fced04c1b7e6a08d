// The admin page (jira:adminPage): context, theme and language first; a non-admin gets one plain refusal. The
// tabs' code is fetched while those first answers are awaited, so the first paint carries only this shell.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { view } from '@forge/bridge';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import { admin } from './api';
import { loadContext, type Failure, type PageContext } from './call';
import { ErrorMessage } from './ErrorMessage';
import { localeOf, translator } from './i18n';
import { onDemand, OnDemandUi } from '../../shared/OnDemand';
import { I18nContext } from './useI18n';

const AdminTabs = onDemand(() => import('./AdminTabs').then((m) => m.AdminTabs));

type Loaded = { context: PageContext; refused?: Failure } | { failed: string };

async function applyTheme(context: PageContext): Promise<void> {
  await view.theme.enable();
  await setGlobalTheme({ colorMode: context.theme?.colorMode === 'dark' ? 'dark' : 'light' });
  document.body.style.backgroundColor = token('elevation.surface');
  document.body.style.color = token('color.text');
  document.body.style.font = token('font.body', 'normal 400 14px/20px system-ui, sans-serif');
  document.body.style.margin = '0';
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const load = useCallback(async () => {
    AdminTabs.preload();
    try {
      const context = await loadContext();
      // Every resolver checks admin permission on the server; asking once here spares a refusal per tab. The
      // question travels while the theme loads.
      const [probe] = await Promise.all([admin('listTemplates', {}), applyTheme(context)]);
      setLoaded(probe.ok || probe.code === 'network' ? { context } : { context, refused: probe });
    } catch (e) {
      setLoaded({ failed: e instanceof Error ? e.message : String(e) });
    }
  }, []);
  useEffect(() => void load(), [load]);

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
  else if (loaded.refused) body = <ErrorMessage code={loaded.refused.code} message={loaded.refused.message} />;
  else body = <AdminTabs />;
  return (
    <I18nContext.Provider value={i18n}>
      <OnDemandUi.Provider value={onDemandUi}>
        <main
          aria-labelledby="admin-title"
          style={{ padding: token('space.300'), color: token('color.text'), maxWidth: '80rem' }}
        >
          <h1 id="admin-title" style={{ font: token('font.heading.large') }}>
            {i18n.t('title')}
          </h1>
          {body}
        </main>
      </OnDemandUi.Provider>
    </I18nContext.Provider>
  );
}
