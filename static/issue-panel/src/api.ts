// The page's only way to the backend: resolvers through @forge/bridge, answers checked against src/shared's schemas.
import { invoke, view } from '@forge/bridge';
import { z } from 'zod';
import {
  actResultSchema,
  errorCodeSchema,
  getRunResultSchema,
  getTraceResultSchema,
  previewDeferResultSchema,
  type ActResult,
  type ErrorCode,
  type PanelAction,
  type PreviewDeferResult,
  type RunView,
  type TraceBatch,
} from '../../../src/shared/contracts';

/** A failure; `reason` is the engine's stable code when it refused (REFUSED). */
export type Outcome<T> =
  { ok: true; data: T } | { ok: false; code: ErrorCode | 'network'; message: string; reason?: string | undefined };

const errorSchema = z.object({
  ok: z.literal(false),
  error: z.object({ code: errorCodeSchema, message: z.string(), reason: z.string().optional() }),
});

async function call<T>(key: string, payload: Record<string, unknown>, data: z.ZodType<T>): Promise<Outcome<T>> {
  let answer: unknown;
  try {
    answer = await invoke(key, payload);
  } catch (e) {
    return { ok: false, code: 'network', message: e instanceof Error ? e.message : String(e) };
  }
  const failed = errorSchema.safeParse(answer);
  if (failed.success) return { ok: false, ...failed.data.error };
  const good = z.object({ ok: z.literal(true), data }).safeParse(answer);
  if (good.success) return { ok: true, data: good.data.data };
  return { ok: false, code: 'FAILED', message: 'unexpected answer from the app' };
}

export const getRun = (issueKey: string): Promise<Outcome<RunView | null>> =>
  call('getRun', { issueKey }, getRunResultSchema);

export type PageAction = PanelAction;

/** What a step action names besides the action: the step, party, option, checklist item, day or rule. */
export interface Target {
  note?: string | undefined;
  stepId?: string;
  party?: string;
  value?: string;
  item?: string;
  date?: string;
  rrule?: string;
}

export const act = (issueKey: string, action: PageAction, target: Target = {}): Promise<Outcome<ActResult>> => {
  const fields = Object.fromEntries(Object.entries(target).filter(([, v]) => v !== undefined && v !== ''));
  return call('act', { issueKey, action, requestId: crypto.randomUUID(), ...fields }, actResultSchema);
};

export const getTrace = (issueKey: string): Promise<Outcome<TraceBatch[]>> =>
  call('getTrace', { issueKey }, getTraceResultSchema);

export const previewDefer = (issueKey: string, stepId: string, date: string): Promise<Outcome<PreviewDeferResult>> =>
  call('previewDefer', { issueKey, stepId, date }, previewDeferResultSchema);

/** What the page needs of Forge's context; anything else in it is ignored. */
export const pageContextSchema = z.object({
  accountId: z.string().optional(),
  locale: z.string().optional(),
  timezone: z.string().optional(),
  moduleKey: z.string().optional(),
  theme: z.object({ colorMode: z.string().optional() }).partial().optional(),
  extension: z
    .object({
      type: z.string().optional(),
      issue: z.object({ key: z.string(), id: z.union([z.string(), z.number()]).optional() }).optional(),
    })
    .optional(),
});
export type PageContext = z.infer<typeof pageContextSchema>;

export async function loadContext(): Promise<PageContext> {
  return pageContextSchema.parse(await view.getContext());
}

export const isGlance = (c: PageContext): boolean =>
  c.extension?.type === 'jira:issueContext' || (c.moduleKey ?? '').endsWith('glance');
