// The page's only way to the backend: admin resolvers through @forge/bridge, answers checked with zod.
import { invoke, view } from '@forge/bridge';
import { z } from 'zod';
import { playbookProblemSchema, type PlaybookProblem } from '../../../src/shared/admin-contracts';

/** A refusal or failure; `errors`: a playbook's problems (INVALID_PLAYBOOK). */
export type Failure = { ok: false; code: string; message: string; errors?: PlaybookProblem[] };
export type Outcome<T> = { ok: true; data: T } | Failure;

const errorSchema = z.object({
  ok: z.literal(false),
  error: z.looseObject({ code: z.string(), message: z.string(), errors: z.array(playbookProblemSchema).optional() }),
});

/** Calls a resolver and checks the answer against its data schema; anything else is a FAILED outcome. */
export async function call<T>(key: string, payload: object, data: z.ZodType<T>): Promise<Outcome<T>> {
  let answer: unknown;
  try {
    answer = await invoke(key, payload as Record<string, unknown>);
  } catch (e) {
    return { ok: false, code: 'network', message: e instanceof Error ? e.message : String(e) };
  }
  const failed = errorSchema.safeParse(answer);
  if (failed.success) {
    const { code, message, errors } = failed.data.error;
    return { ok: false, code, message, ...(errors ? { errors } : {}) };
  }
  const good = z.object({ ok: z.literal(true), data }).safeParse(answer);
  if (good.success) return { ok: true, data: good.data.data };
  return { ok: false, code: 'FAILED', message: `unexpected answer from ${key}` };
}

/** What the page needs of Forge's context; anything else in it is ignored. */
export const pageContextSchema = z.object({
  accountId: z.string().optional(),
  locale: z.string().optional(),
  theme: z.object({ colorMode: z.string().optional() }).partial().optional(),
});
export type PageContext = z.infer<typeof pageContextSchema>;

export async function loadContext(): Promise<PageContext> {
  return pageContextSchema.parse(await view.getContext());
}
