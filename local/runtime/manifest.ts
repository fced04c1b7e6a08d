// What the runtime needs from manifest.yml: functions and the modules that invoke them. Nothing is hard-coded:
// a handler `index.handleIssueEvent` resolves to export `handleIssueEvent` of the app module passed in.
import { parse } from 'yaml';
import { z } from 'zod';

const Fn = z.object({ key: z.string(), handler: z.string() });
const Trigger = z.object({
  key: z.string(),
  function: z.string(),
  events: z.array(z.string()),
  filter: z.object({ ignoreSelf: z.boolean().optional() }).optional(),
});
const Scheduled = z.object({
  key: z.string(),
  function: z.string(),
  interval: z.enum(['fiveMinute', 'hour', 'day', 'week']),
});
// @forge/events 2+ consumers name a `function`; 1.x consumers name a `resolver: { function, method }`.
const Consumer = z.object({
  key: z.string(),
  queue: z.string(),
  function: z.string().optional(),
  resolver: z.object({ function: z.string(), method: z.string() }).optional(),
});

// Jira Automation custom actions (`action` modules): a rule runs the function with the inputs it configured.
const Action = z.object({ key: z.string(), function: z.string() }).loose();

const ManifestSchema = z.object({
  modules: z
    .object({
      function: z.array(Fn).default([]),
      action: z.array(Action).default([]),
      trigger: z.array(Trigger).default([]),
      scheduledTrigger: z.array(Scheduled).default([]),
      consumer: z.array(Consumer).default([]),
    })
    .loose(),
  app: z.object({ id: z.string() }).loose(),
  permissions: z
    .object({
      scopes: z
        .array(z.union([z.string(), z.object({ key: z.string(), allowImpersonation: z.boolean().optional() })]))
        .default([]),
    })
    .loose()
    .optional(),
});

export type TriggerModule = z.infer<typeof Trigger>;
export type ScheduledModule = z.infer<typeof Scheduled>;
export type ConsumerModule = z.infer<typeof Consumer>;
export type ActionModule = z.infer<typeof Action>;

export const INTERVAL_MS: Record<ScheduledModule['interval'], number> = {
  fiveMinute: 5 * 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
};

/** A function as the platform calls it: (payload, context) => result. */
export type ForgeFunction = (payload: unknown, context: unknown) => unknown;

export interface LocalManifest {
  readonly appId: string;
  readonly triggers: readonly TriggerModule[];
  readonly scheduled: readonly ScheduledModule[];
  readonly consumers: readonly ConsumerModule[];
  readonly actions: readonly ActionModule[];
  /** Whether any scope is declared with `allowImpersonation: true` (asUser(accountId) in background functions). */
  readonly allowImpersonation: boolean;
  /** The app's export for a manifest function key; throws if the manifest or the module lacks it. */
  handler(functionKey: string): ForgeFunction;
}

export function loadManifest(manifestYaml: string, app: Readonly<Record<string, unknown>>): LocalManifest {
  const manifest = ManifestSchema.parse(parse(manifestYaml));
  const functions = new Map(manifest.modules.function.map((f) => [f.key, f.handler]));
  const handler = (functionKey: string): ForgeFunction => {
    const ref = functions.get(functionKey);
    if (!ref) throw new Error(`manifest.yml has no function "${functionKey}"`);
    const exportName = ref.slice(ref.lastIndexOf('.') + 1);
    const fn = app[exportName];
    if (typeof fn !== 'function') throw new Error(`the app module has no function export "${exportName}" (${ref})`);
    return fn as ForgeFunction;
  };
  // Fail at start-up, not at the first event, when a module names a function the app lacks.
  const { trigger, scheduledTrigger, consumer, action } = manifest.modules;
  for (const m of [...trigger, ...scheduledTrigger]) handler(m.function);
  for (const c of consumer) handler(c.function ?? c.resolver?.function ?? '');
  return {
    appId: manifest.app.id,
    triggers: trigger,
    scheduled: scheduledTrigger,
    consumers: consumer,
    actions: action,
    allowImpersonation: (manifest.permissions?.scopes ?? []).some((s) => typeof s !== 'string' && s.allowImpersonation),
    handler,
  };
}
