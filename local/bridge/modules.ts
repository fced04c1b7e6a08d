// The issue glance and panel as manifest.yml declares them: module key, type and resolver function.
import { parse } from 'yaml';
import { z } from 'zod';

export interface ModuleInfo {
  key: string;
  type: 'jira:issueContext' | 'jira:issuePanel' | 'jira:adminPage';
  resolverFunction: string;
}

const moduleSchema = z.object({ key: z.string(), resolver: z.object({ function: z.string() }) });
const manifestSchema = z.object({
  modules: z.object({
    'jira:issuePanel': z.array(moduleSchema).min(1),
    'jira:issueContext': z.array(moduleSchema).min(1),
  }),
});

export function issueModules(manifestYaml: string): { glance: ModuleInfo; panel: ModuleInfo } {
  const m = manifestSchema.parse(parse(manifestYaml)).modules;
  const [panel] = m['jira:issuePanel'];
  const [glance] = m['jira:issueContext'];
  if (!panel || !glance) throw new Error('manifest.yml declares no issue panel or glance');
  return {
    panel: { key: panel.key, type: 'jira:issuePanel', resolverFunction: panel.resolver.function },
    glance: { key: glance.key, type: 'jira:issueContext', resolverFunction: glance.resolver.function },
  };
}
