// The page's only way to the backend: resolvers through @forge/bridge, answers checked against src/shared's schemas.
import { invoke, view } from '@forge/bridge';
import { z } from 'zod';
import {
  actResultSchema,
  getRunResultSchema,
  type ActResult,
  type ErrorCode,
  type PanelAction,
  type RunView,
} from '../../../src/shared/contracts';

export type Outcome<T> = { ok: true; data: T } | { ok: false; code: ErrorCode | 'network'; message: string };

const errorSchema = z.object({
  ok: z.literal(false),
  error: z.object({ code: z.enum(['INVALID_REQUEST', 'FORBIDDEN', 'NOT_FOUND', 'FAILED']), message: z.string() }),
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

export const act = (issueKey: string, action: PanelAction, note?: string): Promise<Outcome<ActResult>> =>
  call('act', { issueKey, action, requestId: crypto.randomUUID(), ...(note ? { note } : {}) }, actResultSchema);

/** What the page needs of Forge's context; anything else in it is ignored. */
export const pageContextSchema = z.object({
  accountId: z.string().optional(),
  locale: z.string().optional(),
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
