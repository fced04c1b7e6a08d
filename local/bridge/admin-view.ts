// GET /admin: Jira's "Manage apps" page for the app, i.e. the jira:adminPage module (the built admin bundle) in an
// iframe, acting as ?as=email (default: the site admin), with ?locale= and ?theme=light|dark like /browse.
import { encode } from 'html-entities';
import { parse } from 'yaml';
import { z } from 'zod';
import type { ModuleInfo } from './modules';

export const DEFAULT_ADMIN = 'admin@goeverbright.com';

const manifestSchema = z.object({
  modules: z.object({
    'jira:adminPage': z.array(z.object({ key: z.string(), resolver: z.object({ function: z.string() }) })).min(1),
  }),
});

/** The admin page module as manifest.yml declares it: key and resolver function. */
export function adminModule(manifestYaml: string): ModuleInfo {
  const [admin] = manifestSchema.parse(parse(manifestYaml)).modules['jira:adminPage'];
  if (!admin) throw new Error('manifest.yml declares no jira:adminPage');
  return { key: admin.key, type: 'jira:adminPage', resolverFunction: admin.resolver.function };
}

export interface AdminViewOptions {
  as: string;
  locale?: string;
  theme: 'light' | 'dark';
  moduleKey: string;
}

export function adminViewHtml(o: AdminViewOptions): string {
  const dark = o.theme === 'dark';
  const q = new URLSearchParams({ moduleKey: o.moduleKey, as: o.as, theme: o.theme });
  if (o.locale) q.set('locale', o.locale);
  const src = `/local-bridge/admin-page/index.html?${q.toString()}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>Onboarding Playbooks admin - local Jira</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; background: ${dark ? '#1d2125' : '#ffffff'};
         color: ${dark ? '#c7d1db' : '#172b4d'}; }
  header { padding: 8px 16px; border-bottom: 1px solid #8590a2; }
  /* The frame fills the window and scrolls inside, so the page's dialogs open in view. */
  body { display: flex; flex-direction: column; height: 100vh; }
  iframe { display: block; width: 100%; flex: 1 1 auto; border: 0; background: transparent; }
  a { color: ${dark ? '#579dff' : '#0c66e4'}; }
</style>
</head>
<body>
<header><a href="/">Local Jira</a> / Apps / Onboarding Playbooks · acting as ${encode(o.as)}</header>
<iframe id="admin" title="Onboarding Playbooks admin page" src="${encode(src)}"></iframe>
</body>
</html>`;
}
