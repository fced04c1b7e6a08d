import { adf, AGENT, at, items, startHarness, type Harness } from './harness';
import { S1_EMAIL_HTML } from '../../local/site/demo';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.site.reset());
afterEach(() => expect(h.site.specViolations()).toEqual([]));

const email = (body: unknown) => h.call('POST', '/local/email', { body });

test('a new email opens a request: sender is reporter (a customer created if unknown), HTML becomes ADF', async () => {
  const res = await email({
    from: 'new.person@solarco.example',
    subject: 'EverBright Partner Onboarding',
    body: S1_EMAIL_HTML,
  });
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ key: 'SS-1', created: true });
  const issue = await h.call('GET', '/rest/api/3/issue/SS-1', { as: AGENT });
  expect(at(issue.body, 'fields.reporter.emailAddress')).toBe('new.person@solarco.example');
  expect(at(issue.body, 'fields.reporter.accountType')).toBe('customer');
  expect(at(issue.body, 'fields.customfield_10010.requestType.name')).toBe('Emailed request');
  const paragraphs = items(issue.body, 'fields.description.content').map((p) =>
    items(p, 'content')
      .map((n) => (at(n, 'type') === 'hardBreak' ? '\n' : at(n, 'text')))
      .join(''),
  );
  expect(paragraphs).toContain('Contractor Installer name: SunPower Installers');
  expect(paragraphs).toContain('Contractor Installer contact email\nbob@sunpower-installers.example');
  expect(h.site.outbox().map((m) => [m.to, m.kind])).toEqual([['new.person@solarco.example', 'request-created']]);
});

test('CC addresses become request participants', async () => {
  await email({
    from: 'bob@sunpower-installers.example',
    subject: 'Hi',
    body: 'text',
    cc: ['x@cc.example', 'ian@bright-si.example'],
  });
  const res = await h.call('GET', '/rest/servicedeskapi/request/SS-1/participant', { as: AGENT });
  expect(items(res.body, 'values').map((u) => at(u, 'emailAddress'))).toEqual([
    'x@cc.example',
    'ian@bright-si.example',
  ]);
});

test('a reply with the key in the subject comments on that ticket instead of opening one', async () => {
  await email({ from: 'bob@sunpower-installers.example', subject: 'EverBright Partner Onboarding', body: 'form' });
  const reply = await email({
    from: 'david.ellis@goeverbright.com',
    subject: 'RE: [SS-1] EverBright Partner Onboarding',
    body: '<p>Approved</p>',
  });
  expect(reply.body).toEqual({ key: 'SS-1', created: false });
  const comments = await h.call('GET', '/rest/api/3/issue/SS-1/comment', { as: AGENT });
  expect(
    items(comments.body, 'comments').map((c) => [at(c, 'author.displayName'), at(c, 'body.content.0.content.0.text')]),
  ).toEqual([['David Ellis', 'Approved']]);
  const withoutKey = await email({
    from: 'david.ellis@goeverbright.com',
    subject: 'RE: EverBright Partner Onboarding',
    body: 'yes',
  });
  expect(withoutKey.body).toEqual({ key: 'SS-2', created: true });
});

test('the email events carry the sender as actor', async () => {
  const events: { type: string; actorAccountId: string }[] = [];
  const off = h.site.onEvent((e) => events.push(e));
  await email({ from: 'bob@sunpower-installers.example', subject: 'Hello', body: 'x' });
  await email({ from: 'bob@sunpower-installers.example', subject: 'SS-1 again', body: 'y' });
  off();
  expect(events.map((e) => [e.type, e.actorAccountId])).toEqual([
    ['avi:jira:created:issue', 'qm:customer:bob-sunpower'],
    ['avi:jira:commented:issue', 'qm:customer:bob-sunpower'],
  ]);
});

test('an email that is not one is refused by the control surface', async () => {
  expect((await email({ from: 'not-an-address', subject: 'x', body: 'y' })).status).toBe(400);
  void adf;
});
