/**
 * Stable Jira ids the app found by name, kept across invocations so an onboarding does not read the field list,
 * the service desks, the request types, the organizations and the transitions again each time (and a retried
 * intake keeps what an earlier attempt read). Each entry lives `jira-id:<kind>:<parts>` with a KVS TTL: names
 * for a day, transitions for an hour (workflows change more often). A cache never fails its caller: a KVS error
 * reads as a miss and a failed write is skipped. Entries Jira refuses on use are forgotten by the caller.
 */
import { createHash } from 'node:crypto';
import { kvs } from '@forge/kvs';
import type { z } from 'zod';

export type JiraIdKind = 'field' | 'desk' | 'request-type' | 'org' | 'transition';

/** Hours an entry is trusted before it is read from Jira again. */
export const JIRA_ID_TTL_HOURS: Readonly<Record<JiraIdKind, number>> = {
  field: 24,
  desk: 24,
  'request-type': 24,
  org: 24,
  transition: 1,
};

/** A readable key part where KVS allows it; otherwise (odd characters, long names) a hash of it. */
function part(value: string): string {
  const normalized = value.trim().toLowerCase();
  if (normalized === '') return '_';
  return /^[a-z0-9 ._-]{1,80}$/.test(normalized)
    ? normalized
    : `#${createHash('sha256').update(normalized).digest('hex').slice(0, 32)}`;
}

export const jiraIdKey = (kind: JiraIdKind, parts: readonly string[]): string =>
  `jira-id:${kind}:${parts.map(part).join(':')}`;

export async function recallJiraId<T>(
  kind: JiraIdKind,
  parts: readonly string[],
  schema: z.ZodType<T>,
): Promise<T | undefined> {
  try {
    const parsed = schema.safeParse(await kvs.get<unknown>(jiraIdKey(kind, parts)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function rememberJiraId(kind: JiraIdKind, parts: readonly string[], value: unknown): Promise<void> {
  try {
    await kvs.set(jiraIdKey(kind, parts), value, { ttl: { value: JIRA_ID_TTL_HOURS[kind], unit: 'HOURS' } });
  } catch {
    // The next invocation reads it from Jira again.
  }
}

export async function forgetJiraId(kind: JiraIdKind, parts: readonly string[]): Promise<void> {
  try {
    await kvs.delete(jiraIdKey(kind, parts));
  } catch {
    // Expires with its TTL.
  }
}
