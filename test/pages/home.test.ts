// The newcomer's first page: served at /, and the query it runs is one the site answers.
import { createLocalStack, type LocalStack } from '../../local/app';
import { homePage } from '../../local/pages/home';
import { ManualClock } from '../../local/site/clock';

let stack: LocalStack;
let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  stack = await createLocalStack({ clock: new ManualClock(new Date('2026-03-02T09:00:00Z')), responseCheck: 'throw' });
  server = await stack.listen(0, [homePage]);
  await fetch(`${server.url}/local/reset`, { method: 'POST', body: '{"demo":true}' });
  await fetch(`${server.url}/local/settle`, { method: 'POST' });
});
afterAll(async () => {
  await server.close();
  stack.stop();
});

test('GET / serves the page with the email form and the clock control', async () => {
  const res = await fetch(`${server.url}/`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/html');
  const html = await res.text();
  expect(html).toContain('<form id="email">');
  expect(html).toContain('<form id="clock">');
});

test("the page's ticket query is answered by the site, with each run's summary", async () => {
  const html = await (await fetch(`${server.url}/`)).text();
  const jql = /const jql = '([^']+)'/.exec(html)?.[1];
  const path = /const url = '([^']+)'/.exec(html)?.[1];
  expect(jql).toBeDefined();
  const auth = `Basic ${Buffer.from('admin@goeverbright.com:local').toString('base64')}`;
  const res = await fetch(`${server.url}${path ?? ''}${encodeURIComponent(jql ?? '')}`, {
    headers: { authorization: auth },
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { issues: { key: string; properties?: Record<string, { playbook: string }> }[] };
  const ss1 = body.issues.find((i) => i.key === 'SS-1');
  expect(ss1?.properties?.['onboarding-run']?.playbook).toBe('everbright-partner-onboarding');
});
