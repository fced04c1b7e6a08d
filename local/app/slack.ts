// A stand-in for Slack's incoming webhooks: the app's egress fetch to hooks.slack.com lands here. Everything else
// goes to the real fetch (tests talk to the local site over HTTP through it).
export const LOCAL_SLACK_WEBHOOK = 'https://hooks.slack.com/services/T0LOCAL/B0LOCAL/localsecret';

export interface SlackSink {
  readonly messages: { at: string; text: string }[];
  /** When true the webhook answers 503 (Slack down). */
  down: boolean;
}

export function slackEgress(sink: SlackSink, realFetch: typeof fetch, now: () => Date): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('https://hooks.slack.com/')) return realFetch(input, init);
    if (sink.down) return new Response('service unavailable', { status: 503 });
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { text?: string }) : {};
    sink.messages.push({ at: now().toISOString(), text: body.text ?? '' });
    return new Response('ok', { status: 200 });
  };
}
