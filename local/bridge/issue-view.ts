// GET /browse/<KEY>: a minimal Jira-like issue view (summary, status, fields) beside the app's glance and panel,
// each an iframe on the built bundle. The view reads the issue over the site's REST API as the acting user.
import { encode } from 'html-entities';

export interface ViewOptions {
  issueKey: string;
  /** Email of the acting user (Basic auth on the site picks the user by email). */
  as: string;
  locale?: string;
  theme: 'light' | 'dark';
  glanceKey: string;
  panelKey: string;
}

function frameUrl(o: ViewOptions, moduleKey: string): string {
  const q = new URLSearchParams({ issueKey: o.issueKey, moduleKey, as: o.as, theme: o.theme });
  if (o.locale) q.set('locale', o.locale);
  return `/local-bridge/issue-panel/index.html?${q.toString()}`;
}

const SCRIPT = String.raw`
(function () {
  var c = window.__issueView;
  fetch('/rest/api/3/issue/' + encodeURIComponent(c.key) + '?fields=summary,status,issuetype,reporter,assignee,labels', {
    headers: { authorization: 'Basic ' + btoa(c.as + ':local'), accept: 'application/json' },
  })
    .then(function (r) { return r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status)); })
    .then(function (issue) {
      var f = issue.fields;
      document.getElementById('summary').textContent = f.summary;
      document.getElementById('status').textContent = f.status ? f.status.name : '';
      var dl = document.getElementById('fields');
      [['Type', f.issuetype && f.issuetype.name], ['Reporter', f.reporter && f.reporter.displayName],
       ['Assignee', f.assignee ? f.assignee.displayName : 'Unassigned'], ['Labels', (f.labels || []).join(', ')]]
        .forEach(function (p) {
          var dt = document.createElement('dt'); dt.textContent = p[0];
          var dd = document.createElement('dd'); dd.textContent = p[1] || '';
          dl.append(dt, dd);
        });
    })
    .catch(function (e) { document.getElementById('summary').textContent = 'Cannot open ' + c.key + ': ' + e.message; });
  // The bridge's events: one frame's emit reaches the app's other frames on the page, as in Jira.
  window.addEventListener('message', function (e) {
    if (e.origin !== location.origin || !e.data || !e.data.localBridgeEvent) return;
    document.querySelectorAll('iframe').forEach(function (f) {
      if (f.contentWindow !== e.source) f.contentWindow.postMessage(e.data, location.origin);
    });
  });
})();
`;

export function issueViewHtml(o: ViewOptions): string {
  const dark = o.theme === 'dark';
  const config = JSON.stringify({ key: o.issueKey, as: o.as }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>${encode(o.issueKey)} - local Jira</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; background: ${dark ? '#1d2125' : '#ffffff'};
         color: ${dark ? '#c7d1db' : '#172b4d'}; }
  header { padding: 8px 16px; border-bottom: 1px solid #8590a2; }
  .layout { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 16px; padding: 16px; }
  iframe { width: 100%; border: 1px solid #8590a2; border-radius: 4px; background: transparent; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; }
  dt { font-weight: 600; }
  a { color: ${dark ? '#579dff' : '#0c66e4'}; }
</style>
</head>
<body>
<header><a href="/">Local Jira</a> / <span>${encode(o.issueKey)}</span> · acting as ${encode(o.as)}</header>
<div class="layout">
  <main>
    <h1 id="summary">${encode(o.issueKey)}</h1>
    <p>Status: <strong id="status"></strong></p>
    <dl id="fields"></dl>
    <h2>Onboarding playbook</h2>
    <iframe id="panel" title="Onboarding playbook panel" style="height: 1100px" src="${encode(frameUrl(o, o.panelKey))}"></iframe>
  </main>
  <aside>
    <h2>Onboarding</h2>
    <iframe id="glance" title="Onboarding glance" style="height: 420px" src="${encode(frameUrl(o, o.glanceKey))}"></iframe>
  </aside>
</div>
<script>window.__issueView = ${config};</script>
<script>${SCRIPT}</script>
</body>
</html>`;
}
