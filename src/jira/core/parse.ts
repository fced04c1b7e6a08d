// Reading a 2xx body: JSON, then the operation's zod schema. Anything else is UNEXPECTED_RESPONSE.
import type { ZodType } from 'zod';
import { JiraError } from './errors';

export function parseBody<T>(
  call: { readonly operation: string; readonly schema?: ZodType<T> },
  status: number,
  text: string,
): T {
  if (!call.schema) return undefined as T;
  let json: unknown;
  try {
    json = text.trim() === '' ? undefined : JSON.parse(text);
  } catch (cause) {
    throw new JiraError('UNEXPECTED_RESPONSE', `${call.operation}: ${status} body is not JSON`, {
      operation: call.operation,
      status,
      cause,
    });
  }
  const parsed = call.schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new JiraError('UNEXPECTED_RESPONSE', `${call.operation}: unexpected response (${issues})`, {
      operation: call.operation,
      status,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

export function describe(cause: unknown): string {
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
}
