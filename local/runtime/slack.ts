// The app's only egress (manifest: hooks.slack.com) on one machine: messages are recorded, not sent, and the
// stand-in can be switched "down" (500) to show that the app carries on without Slack.
export interface SlackMessage {
  readonly url: string;
  readonly body: unknown;
}

export class SlackStandIn {
  private messages: SlackMessage[] = [];
  private down = false;

  readonly fetch = (async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.hostname !== 'hooks.slack.com') {
      // Forge refuses egress outside manifest permissions; locally nothing leaves the machine either.
      throw new TypeError(`egress to ${url.hostname} is not allowed (manifest permits hooks.slack.com only)`);
    }
    if (this.down) return new Response('service unavailable', { status: 503 });
    const text = await request.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      // Slack also takes form bodies; keep the raw text.
    }
    this.messages.push({ url: url.toString(), body });
    return new Response('ok', { status: 200 });
  }) as typeof fetch;

  setDown(down: boolean): void {
    this.down = down;
  }

  clear(): void {
    this.messages = [];
    this.down = false;
  }

  state(): { down: boolean; messages: readonly SlackMessage[] } {
    return { down: this.down, messages: [...this.messages] };
  }
}
