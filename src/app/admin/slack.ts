/**
 * The Slack webhook: set, test, clear. The URL goes in and never comes out: answers carry the last 4 characters,
 * and a failure's detail is scrubbed of the URL before it reaches a message or a log.
 */
import type { AdminOutput } from '../../shared/admin-contracts';
import { now } from '../../shared/runtime';
import { loadSlackWebhook } from '../../storage';
import { clearSlackWebhook as clearSecret, replaceSlackWebhook, slackWebhookStatus } from '../../storage/secrets';
import { postToSlack } from '../slack';
import { AdminFailure, type Editor } from './errors';

export function getSlackStatus(): Promise<AdminOutput<'getSlackStatus'>> {
  return slackWebhookStatus();
}

export function setSlackWebhook(url: string, editor: Editor): Promise<AdminOutput<'setSlackWebhook'>> {
  return replaceSlackWebhook(url, now(), editor);
}

export function clearSlackWebhook(): Promise<AdminOutput<'clearSlackWebhook'>> {
  return clearSecret();
}

const scrub = (text: string, secret: string): string => text.split(secret).join(`…${secret.slice(-4)}`);

export async function testSlackWebhook(editor: Editor): Promise<AdminOutput<'testSlackWebhook'>> {
  const url = await loadSlackWebhook();
  if (url === undefined) throw new AdminFailure('NOT_FOUND', 'no Slack webhook is set');
  const who = editor.displayName ?? editor.accountId;
  const sent = await postToSlack(url, `Onboarding Playbooks: a test message, sent by ${who} from the admin page.`);
  if (!sent.ok) throw new AdminFailure('SLACK_REJECTED', scrub(sent.detail ?? 'Slack refused the message', url));
  return { sent: true };
}
