// The local stack without HTTP: the site, runtime and app in-process, for checks that look inside (call log, KVS).
import { APP_ACCOUNT_ID } from '../../local/contracts';
import { createLocalStack, type LocalStack } from '../../local/app';
import { createJiraSite } from '../../local/site';
import { ManualClock } from '../../local/site/clock';

export const START = new Date('2026-03-02T09:00:00.000Z');

export const S1_BODY =
  '<p>Contractor Installer name: SunPower Installers</p><p>Contractor Installer contact email: bob@sunpower-installers.example</p>';

export interface InProcess {
  stack: LocalStack;
  /** A REST call on the site as a user (account id) or the app. */
  rest(method: string, path: string, as: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  email(from: string, subject: string, body: string): Promise<string>;
  /** The app's REST calls so far (method + path). */
  appCalls(): string[];
}

export async function inProcessStack(): Promise<InProcess> {
  const clock = new ManualClock(START);
  const site = createJiraSite({ clock, responseCheck: 'throw', sleep: () => Promise.resolve() });
  const stack = await createLocalStack({ clock, site });
  site.reset();
  await stack.hooks.reset({ demo: false });
  return {
    stack,
    async rest(method, path, as, body) {
      const request = new Request(`https://local-site.atlassian.net${path}`, {
        method,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const response = await site.handle(request, { kind: 'user', accountId: as });
      const text = await response.text();
      await stack.runtime.settle();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    },
    async email(from, subject, body) {
      const { key } = site.sendEmail({ from, subject, body });
      await stack.runtime.settle();
      return key;
    },
    appCalls: () =>
      site
        .log()
        .filter((e) => e.kind === 'rest' && e.actor === APP_ACCOUNT_ID && e.purpose !== 'event-payload')
        .map((e) => `${e.method ?? ''} ${e.path ?? ''}`),
  };
}
