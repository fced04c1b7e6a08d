// The /local/ control surface. What needs the app and its runtime goes through LocalRuntimeHooks, which the
// runtime provides; without it the site alone still resets, moves its clock and settles.
import { Duration } from 'luxon';
import { z } from 'zod';
import {
  AppPermissionsBody,
  RenameStatusBody,
  renameStatus,
  setAppPermissions,
  setUserActive,
  UserActiveBody,
} from './admin-ops';
import type { ManualClock } from './clock';
import { InboundEmailSchema } from './email';
import { FaultsSchema } from './faults';
import type { JiraSite } from './index';

export interface LocalRuntimeHooks {
  /** After the site is fresh: install the app with its storage emptied, enable the built-in playbooks, fill the
   * people directory. Demo tickets are created after this, so the app sees them arrive. */
  reset(options: { demo: boolean }): Promise<void>;
  /** Move the clock to `to`, firing every scheduled trigger that falls in the interval, in order (setting the clock
   * to each firing time first). The control surface sets the clock to `to` afterwards in any case. */
  advance(to: Date, clock: ManualClock): Promise<void>;
  /** Resolve once no event, job or retry is pending. */
  settle(): Promise<void>;
  /** An Automation rule running one of the app's custom actions with these inputs; resolves to what it returned. */
  runAutomationAction?(action: string, inputs: Record<string, unknown>): Promise<unknown>;
}

export const noRuntimeHooks: LocalRuntimeHooks = {
  reset: () => Promise.resolve(),
  advance: (to, clock) => {
    clock.set(to);
    return Promise.resolve();
  },
  settle: () => Promise.resolve(),
};

export interface ControlReply {
  status: number;
  body: unknown;
}

export interface ControlDeps {
  site: JiraSite;
  clock: ManualClock;
  hooks: LocalRuntimeHooks;
}

const ResetBody = z.object({ demo: z.boolean().optional() }).strict();
const ClockBody = z.object({ advance: z.string() }).strict();

function bad(message: string): ControlReply {
  return { status: 400, body: { errorMessages: [message], errors: {} } };
}

export async function control(deps: ControlDeps, method: string, url: URL, body: unknown): Promise<ControlReply> {
  const reply = await operate(deps, method, url, body);
  if (!(method === 'GET' && url.pathname.startsWith('/local/log')))
    deps.site.store.log({ kind: 'control', method, path: url.pathname + url.search, status: reply.status });
  return reply;
}

async function operate(deps: ControlDeps, method: string, url: URL, body: unknown): Promise<ControlReply> {
  const route = `${method} ${url.pathname.replace(/\/$/, '')}`;
  switch (route) {
    case 'POST /local/reset': {
      const parsed = ResetBody.safeParse(body ?? {});
      if (!parsed.success) return bad(parsed.error.message);
      const demo = parsed.data.demo ?? false;
      deps.site.reset();
      await deps.hooks.reset({ demo });
      if (demo) deps.site.seedDemo();
      await deps.hooks.settle();
      // The demo's later steps need the app's work of the step before: settle after each.
      if (demo) for (let step = 0; deps.site.advanceDemo(step); step += 1) await deps.hooks.settle();
      return { status: 200, body: { reset: true, demo, now: deps.clock.now().toISOString() } };
    }
    case 'GET /local/clock':
      return { status: 200, body: { now: deps.clock.now().toISOString() } };
    case 'POST /local/clock': {
      const parsed = ClockBody.safeParse(body);
      if (!parsed.success) return bad('Body must be { "advance": "<ISO-8601 duration>" }');
      const duration = Duration.fromISO(parsed.data.advance);
      if (!duration.isValid || duration.toMillis() < 0) return bad(`Not an ISO-8601 duration: ${parsed.data.advance}`);
      const to = new Date(deps.clock.now().getTime() + duration.toMillis());
      await deps.hooks.advance(to, deps.clock);
      deps.clock.set(to);
      return { status: 200, body: { now: deps.clock.now().toISOString() } };
    }
    case 'POST /local/settle':
      await deps.hooks.settle();
      return { status: 200, body: { settled: true } };
    case 'POST /local/email': {
      const parsed = InboundEmailSchema.safeParse(body);
      if (!parsed.success) return bad(parsed.error.message);
      const result = deps.site.sendEmail(parsed.data);
      return { status: 200, body: result };
    }
    case 'GET /local/outbox':
      return { status: 200, body: { messages: deps.site.outbox() } };
    case 'GET /local/log': {
      const since = Number(url.searchParams.get('since') ?? 0);
      const entries = deps.site.log(Number.isFinite(since) ? since : 0);
      return { status: 200, body: { entries, last: entries.at(-1)?.n ?? since } };
    }
    case 'POST /local/faults': {
      const parsed = FaultsSchema.safeParse(body ?? {});
      if (!parsed.success) return bad(parsed.error.message);
      return { status: 200, body: deps.site.setFaults(parsed.data) };
    }
    case 'POST /local/automation': {
      const parsed = z.object({ enabled: z.boolean() }).safeParse(body);
      if (!parsed.success) return bad('Body must be { "enabled": true|false }');
      deps.site.setAutomationRule(parsed.data.enabled);
      return { status: 200, body: parsed.data };
    }
    case 'POST /local/automation/action': {
      const parsed = z
        .strictObject({ action: z.string().min(1), inputs: z.record(z.string(), z.unknown()) })
        .safeParse(body);
      if (!parsed.success) return bad('Body must be { "action": "<manifest action key>", "inputs": { ... } }');
      if (!deps.hooks.runAutomationAction) return bad('No app is installed to run actions');
      const result = await deps.hooks.runAutomationAction(parsed.data.action, parsed.data.inputs);
      await deps.hooks.settle();
      return { status: 200, body: { result: result ?? null } };
    }
    case 'POST /local/users':
      return adminOp(UserActiveBody, body, (b) => setUserActive(deps.site.store, b));
    case 'POST /local/permissions':
      return adminOp(AppPermissionsBody, body, (b) => setAppPermissions(deps.site.store, b));
    case 'POST /local/workflow':
      return adminOp(RenameStatusBody, body, (b) => renameStatus(deps.site.store, b));
    default:
      return { status: 404, body: { errorMessages: [`No control operation ${route}`], errors: {} } };
  }
}

function adminOp<S extends z.ZodType>(
  schema: S,
  body: unknown,
  run: (b: z.infer<S>) => { ok: true; body: unknown } | { ok: false; message: string },
): ControlReply {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return bad(parsed.error.message);
  const outcome = run(parsed.data);
  return outcome.ok ? { status: 200, body: outcome.body } : bad(outcome.message);
}
