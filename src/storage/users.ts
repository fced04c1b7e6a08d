/**
 * Display names by account id (`user-name:<accountId>`), so a panel click records who acted by name without a Jira
 * read each time. A name is kept for NAME_TTL_MS: a renamed user shows under the new name in runs from the next day.
 * Only names are kept, never permissions (those are asked of Jira on every click).
 */
import { z } from 'zod';
import { getValue, setValue } from './kv';

export const NAME_TTL_MS = 24 * 60 * 60 * 1000;

const entrySchema = z.strictObject({ name: z.string(), at: z.iso.datetime() });

const nameKey = (accountId: string): string => `user-name:${accountId}`;

/**
 * The cached display name of `accountId` if younger than NAME_TTL_MS at `now`; otherwise `lookup`'s answer, kept
 * when it gives one (a failed lookup is not kept, so the next click asks again).
 */
export async function displayNameOf(
  accountId: string,
  now: Date,
  lookup: () => Promise<string | undefined>,
): Promise<string | undefined> {
  const cached = entrySchema.safeParse(await getValue<unknown>(nameKey(accountId)));
  if (cached.success) {
    const age = now.getTime() - Date.parse(cached.data.at);
    if (age >= 0 && age < NAME_TTL_MS) return cached.data.name;
  }
  const name = await lookup();
  if (name !== undefined) await setValue(nameKey(accountId), { name, at: now.toISOString() });
  return name;
}
