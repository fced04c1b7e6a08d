// The Slack webhook (a secret: whoever has it can post to the channel) never reaches a browser (any resolver's
// answer) or a log (the runtime's log that GET /local-runtime/log serves, the site's log, the console), also when
// Slack is down; and the app's only outbound calls go to the domains manifest.yml declares.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { parse } from 'yaml';
import { LOCAL_SLACK_WEBHOOK } from '../../local/app/slack';
import { USERS } from '../../local/site/seed-users';
import { ADMIN_RESOLVER_NAMES } from '../../src/shared/admin-contracts';
import { people } from '../../bench/soak/people';
import { openSoakStack, type SoakStack } from '../../bench/soak/stack';
import { invoke, S1_EMAIL } from './harness';

const ADMIN_SECRET = 'https://hooks.slack.com/services/T0ADMIN/B0ADMIN/adminsecret0123456789';
const SECRETS = ['localsecret', 'adminsecret0123456789', 'B0ADMIN/adminsecret'];
const CONSOLE = ['log', 'info', 'warn', 'error', 'debug'] as const;

const printed: string[] = [];
const egress: string[] = [];
const answers: unknown[] = [];
const realFetch = globalThis.fetch.bind(globalThis);
const realConsole = Object.fromEntries(CONSOLE.map((m) => [m, console[m].bind(console)]));
let stack: SoakStack;

beforeAll(async () => {
  for (const m of CONSOLE) console[m] = (...args: unknown[]) => void printed.push(format(...args));
  // Anything the app fetches outside hooks.slack.com (which the Slack stand-in answers) lands here, refused.
  const refuse: typeof fetch = (input) => {
    egress.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return Promise.resolve(new Response('egress not allowed', { status: 403 }));
  };
  globalThis.fetch = refuse;
  stack = await openSoakStack({ duplicateRate: 0, seed: 1 });
  const p = people(stack);
  const admin = (name: string, payload: unknown) => invoke(stack, 'admin-resolver', USERS.admin, name, payload);
  await p.email('bob@sunpower-installers.example', 'EverBright Partner Onboarding', S1_EMAIL);
  await p.moveTo('CS-1', 'On Hold', USERS.config);
  await p.advanceHours(25); // a chase: the first Slack message, to the webhook set on install
  answers.push(await admin('setSlackWebhook', { url: ADMIN_SECRET }));
  answers.push(await admin('setSlackWebhook', { url: 'https://evil.example/services/T/B/x' }));
  stack.slack.down = true;
  await p.advanceHours(25); // another chase while Slack is down: the failure is logged
  for (const name of ADMIN_RESOLVER_NAMES) answers.push(await admin(name, {})); // clearSlackWebhook among them
  stack.slack.down = false;
  answers.push(await admin('setSlackWebhook', { url: ADMIN_SECRET }));
  answers.push(await admin('testSlackWebhook', {}));
  for (const name of ['getRun', 'getTrace'])
    answers.push(await invoke(stack, 'panel-resolver', USERS.agent, name, { issueKey: 'SS-1' }));
}, 60_000);
afterAll(() => {
  stack.stop();
  globalThis.fetch = realFetch;
  for (const m of CONSOLE) console[m] = realConsole[m] ?? console[m].bind(console);
});

test('the setup did reach Slack and the admin answers: the checks below are not vacuous', () => {
  expect(stack.slack.messages.length).toBeGreaterThanOrEqual(2); // a chase and the admin's test message
  expect(answers.filter((a) => (a as { ok?: boolean }).ok).length).toBeGreaterThan(5);
  expect(printed.some((l) => /Slack/i.test(l))).toBe(true); // the failed chase while Slack was down was logged
});

test('no resolver answer carries the webhook', () => {
  const text = JSON.stringify(answers);
  for (const s of SECRETS) expect(text).not.toContain(s);
  expect(text).toContain('"last4":"6789"'); // what the page shows instead
});

test('no log carries the webhook: runtime log, site log, console', () => {
  const logs = [JSON.stringify(stack.runtime.log()), JSON.stringify(stack.site.log()), printed.join('\n')];
  for (const log of logs) for (const s of SECRETS) expect(log).not.toContain(s);
});

test('the app called no domain but those manifest.yml declares; a webhook elsewhere is refused', () => {
  const manifest = parse(readFileSync(join(__dirname, '../../manifest.yml'), 'utf8')) as {
    permissions: { external: { fetch: { backend: { address: string }[] } } };
  };
  const declared = manifest.permissions.external.fetch.backend.map((b) => b.address);
  expect(declared).toContain(new URL(LOCAL_SLACK_WEBHOOK).host);
  expect(new URL(ADMIN_SECRET).host).toBe('hooks.slack.com');
  expect(egress).toEqual([]);
  expect(answers[1]).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_REQUEST' }) as unknown });
});
