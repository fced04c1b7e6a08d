// The script the host injects into the built page's <head>, before the bundle: it defines window.__bridge the way
// Jira does for Custom UI. @forge/bridge calls callBridge(name, payload); this answers the calls the pages make:
//   getContext     the Forge context (acting user, locale, theme, module, issue)
//   invoke         POST /local-runtime/invoke: the module's resolver function through the local Forge runtime
//   enableTheming  marks <html> with the colour mode (the page loads the token styles itself)
//   emit / on      events between the app's frames on one page, relayed by the issue view (glance <-> panel)
// Anything else resolves to undefined, as a host without that capability would.
// Plain ES2020 in a string: it runs in the browser unbundled, so no TypeScript helper may leak into it.
export const BRIDGE_CLIENT = String.raw`
(function () {
  var config = window.__localBridgeConfig;
  var auth = 'Basic ' + btoa(config.as + ':local');
  var contextPromise;
  function rest(path) {
    return fetch(path, { headers: { authorization: auth, accept: 'application/json' } }).then(function (r) {
      if (!r.ok) throw new Error('GET ' + path + ' answered ' + r.status);
      return r.json();
    });
  }
  function context() {
    if (!contextPromise) {
      contextPromise = Promise.all([
        rest('/rest/api/3/myself'),
        // The admin page has no issue: its context names only the module type, as Jira's does.
        config.issueKey
          ? rest('/rest/api/3/issue/' + encodeURIComponent(config.issueKey) + '?fields=project,issuetype').catch(
              function () {
                return { id: undefined, fields: {} };
              },
            )
          : Promise.resolve(undefined),
      ]).then(function (both) {
        var me = both[0];
        var issue = both[1];
        return {
          accountId: me.accountId,
          accountType: me.accountType,
          cloudId: 'local-cloud',
          siteUrl: location.origin,
          locale: config.locale || (me.locale || 'en_US').replace('_', '-'),
          timezone: me.timeZone,
          moduleKey: config.moduleKey,
          localId: config.moduleKey + '-' + config.issueKey,
          environmentType: 'DEVELOPMENT',
          theme: { colorMode: config.theme },
          extension: !issue ? { type: config.moduleType } : {
            type: config.moduleType,
            issue: { key: config.issueKey, id: issue.id, type: issue.fields.issuetype && issue.fields.issuetype.name },
            project: issue.fields.project ? { key: issue.fields.project.key, id: issue.fields.project.id } : undefined,
          },
        };
      });
    }
    return contextPromise;
  }
  function invoke(payload) {
    return context().then(function (ctx) {
      return fetch('/local-runtime/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          functionKey: config.resolverFunction,
          call: { functionKey: payload.functionKey, payload: payload.payload },
          context: ctx,
        }),
      })
        .then(function (r) {
          return r.json();
        })
        .then(function (body) {
          if (body && 'error' in body) throw new Error(body.error);
          return body.result;
        });
    });
  }
  window.__bridge = {
    callBridge: function (name, payload) {
      if (name === 'getContext') return context();
      if (name === 'invoke') return invoke(payload);
      if (name === 'enableTheming') {
        document.documentElement.setAttribute('data-color-mode', config.theme);
        return Promise.resolve();
      }
      if (name === 'emit') {
        window.parent.postMessage({ localBridgeEvent: payload.event, payload: payload.payload }, location.origin);
        return Promise.resolve();
      }
      if (name === 'on') {
        var listener = function (e) {
          if (e.origin === location.origin && e.data && e.data.localBridgeEvent === payload.event)
            payload.callback(e.data.payload);
        };
        window.addEventListener('message', listener);
        return Promise.resolve({
          unsubscribe: function () {
            window.removeEventListener('message', listener);
          },
        });
      }
      return Promise.resolve(undefined);
    },
  };
})();
`;
