/** The people directory the admin edits (one record) and the Slack webhook URL (KVS secret storage). */
import type { Directory } from '../domain/people';
import { directorySchema } from '../domain/people';
import { deleteSecret, getSecret, getValue, setSecret, setValue } from './kv';

const DIRECTORY = 'directory';
const SLACK_WEBHOOK = 'slack-webhook-url';

export async function loadDirectory(): Promise<Directory> {
  return directorySchema.parse((await getValue<unknown>(DIRECTORY)) ?? {});
}

export async function saveDirectory(directory: Directory): Promise<void> {
  await setValue(DIRECTORY, directorySchema.parse(directory));
}

export async function loadSlackWebhook(): Promise<string | undefined> {
  return getSecret(SLACK_WEBHOOK);
}

/** Only https://hooks.slack.com/ URLs (the manifest's egress allows nothing else). */
export async function saveSlackWebhook(url: string | undefined): Promise<void> {
  if (url === undefined || url === '') return deleteSecret(SLACK_WEBHOOK);
  if (!/^https:\/\/hooks\.slack\.com\/\S+$/.test(url))
    throw new Error('a Slack webhook URL starts https://hooks.slack.com/');
  await setSecret(SLACK_WEBHOOK, url);
}

/** What the admin page may show of the secret: whether it is set and its last characters. */
export function maskSecret(url: string | undefined): { configured: boolean; hint?: string } {
  return url === undefined ? { configured: false } : { configured: true, hint: `…${url.slice(-4)}` };
}
