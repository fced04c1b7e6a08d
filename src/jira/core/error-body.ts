import { z } from 'zod';

// Jira platform errors: { errorMessages: [], errors: {} }. JSM errors: { errorMessage, i18nErrorMessage }.
const errorBodySchema = z
  .object({
    errorMessages: z.array(z.string()).optional(),
    errors: z.record(z.string(), z.unknown()).optional(),
    errorMessage: z.string().optional(),
    message: z.string().optional(),
  })
  .loose();

export interface ParsedErrorBody {
  readonly errorMessages: string[];
  readonly fieldErrors: Record<string, string>;
}

/** Reads whatever error text Jira sent; never throws (an HTML error page yields its first line). */
export function parseErrorBody(text: string): ParsedErrorBody {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const line = text.trim().split('\n')[0]?.slice(0, 200);
    return { errorMessages: line ? [line] : [], fieldErrors: {} };
  }
  const parsed = errorBodySchema.safeParse(json);
  if (!parsed.success) return { errorMessages: [], fieldErrors: {} };
  const { errorMessages = [], errors = {}, errorMessage, message } = parsed.data;
  const fieldErrors = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, String(v)]));
  const messages = [...errorMessages, ...(errorMessage ? [errorMessage] : []), ...(message ? [message] : [])];
  return { errorMessages: messages, fieldErrors };
}
