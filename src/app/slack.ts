/** Slack through an incoming webhook (egress declared in manifest.yml). A failure is reported, never thrown. */
import { fetch } from '@forge/api';

export async function postToSlack(webhookUrl: string, text: string): Promise<{ ok: boolean; detail?: string }> {
  try {
    const response = await fetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    return response.ok ? { ok: true } : { ok: false, detail: `Slack answered ${response.status}` };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
