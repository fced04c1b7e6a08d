/** The resolver response envelope and the zod parse of each request (contracts in src/shared/contracts.ts). */
import type { z } from 'zod';
import { PermissionDenied } from '../app/panel';
import { RunBusy } from '../app/run-lock';
import type { Envelope, ErrorCode } from '../shared/contracts';

export class NotFound extends Error {}

export async function respond<S extends z.ZodType, T>(
  schema: S,
  payload: unknown,
  run: (input: z.infer<S>) => Promise<T>,
): Promise<Envelope<T>> {
  const parsed = schema.safeParse(payload ?? {});
  if (!parsed.success) return fail('INVALID_REQUEST', parsed.error.issues.map((i) => i.message).join('; '));
  try {
    return { ok: true, data: await run(parsed.data) };
  } catch (error) {
    if (error instanceof PermissionDenied) return fail('FORBIDDEN', error.message);
    if (error instanceof NotFound) return fail('NOT_FOUND', error.message);
    // Another change to this run (an event, another click) is being applied this very moment: nothing was done.
    if (error instanceof RunBusy)
      return fail('FAILED', 'the app is applying another change to this onboarding right now; nothing was done');
    throw error;
  }
}

function fail(code: ErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}
