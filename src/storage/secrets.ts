/**
 * The Slack webhook as the admin page sees it. The URL itself is a KVS secret (directory.ts: saveSlackWebhook,
 * loadSlackWebhook); beside it a plain record says when and by whom it was set. Only the last 4 characters of the
 * URL ever leave this module.
 */
import { z } from 'zod';
import { deleteValue, getValue, setValue } from './kv';
import { loadSlackWebhook, saveSlackWebhook } from './directory';

const META = 'slack-webhook-meta';

const metaSchema = z.strictObject({
  setAt: z.string(),
  setBy: z.strictObject({ accountId: z.string(), displayName: z.string().optional() }).optional(),
});

export interface SlackWebhookStatus {
  configured: boolean;
  last4?: string;
  setAt?: string;
  setBy?: { accountId: string; displayName?: string };
}

export async function slackWebhookStatus(): Promise<SlackWebhookStatus> {
  const [url, raw] = await Promise.all([loadSlackWebhook(), getValue<unknown>(META)]);
  if (url === undefined) return { configured: false };
  const meta = metaSchema.safeParse(raw);
  return { configured: true, last4: url.slice(-4), ...(meta.success ? meta.data : {}) };
}

export async function replaceSlackWebhook(
  url: string,
  at: Date,
  by: { accountId: string; displayName?: string },
): Promise<SlackWebhookStatus> {
  await saveSlackWebhook(url);
  await setValue(META, metaSchema.parse({ setAt: at.toISOString(), setBy: by }));
  return slackWebhookStatus();
}

export async function clearSlackWebhook(): Promise<SlackWebhookStatus> {
  await saveSlackWebhook(undefined);
  await deleteValue(META);
  return { configured: false };
}
