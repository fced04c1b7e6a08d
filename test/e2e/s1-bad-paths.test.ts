// S1's bad paths over HTTP: intake missing the installer email, Slack down during a chase.
import { advance, appComments, IDS, issue, moveTo, PEOPLE, sendEmail } from './s1-flow';
import { panelClient } from './panel-client';
import { startStack, type E2E } from './stack-harness';

let e2e: E2E;
beforeEach(async () => {
  e2e = await startStack();
  await e2e.control('/local/reset');
});
afterEach(() => e2e.close());

test('an intake email without the installer email: one internal comment naming it, nothing changed, needs attention', async () => {
  const key = await sendEmail(
    e2e,
    PEOPLE.bob,
    'EverBright Partner Onboarding',
    '<p>Contractor Installer name: SunPower Installers</p><p>Thanks</p>',
  );
  const comments = await appComments(e2e, key);
  expect(comments).toHaveLength(1);
  expect(comments[0]?.text).toContain('Contractor Installer contact email');
  expect(comments[0]?.jsdPublic).toBe(false);
  const ss = await issue(e2e, key);
  expect(ss.fields.reporter?.accountId).toBe(IDS.bob);
  expect(ss.fields.customfield_10050 ?? null).toBeNull();
  expect(ss.fields.issuelinks ?? []).toEqual([]);
  const property = await e2e.get<{ value: { attention: string } }>(
    `/rest/api/3/issue/${key}/properties/onboarding-run`,
  );
  expect(property.value.attention).toBe('yes');
  // The stage is the stored run's (the panel's), not the issue property's.
  expect((await panelClient(e2e, '712020:priya-agent').view(key))?.stage).toBe('intake');
});

test('Slack down: the chaser still mentions David in Jira', async () => {
  await sendEmail(
    e2e,
    PEOPLE.bob,
    'EverBright Partner Onboarding',
    '<p>Contractor Installer name: Bright Homes Solar</p><p>Contractor Installer contact email: ops@brighthomes.example</p>',
  );
  await moveTo(e2e, 'CS-1', 'On Hold', PEOPLE.chris);
  e2e.stack.slack.down = true;
  const before = (await appComments(e2e, 'SS-1')).length;
  await advance(e2e, 'PT25H');
  const comments = await appComments(e2e, 'SS-1');
  expect(comments).toHaveLength(before + 1);
  expect(comments.at(-1)?.mentioned).toEqual([IDS.david]);
  expect(e2e.stack.slack.messages).toEqual([]);
});

test('after the missing email is added to the description, the agent starts the run by editing it', async () => {
  const key = await sendEmail(
    e2e,
    PEOPLE.bob,
    'EverBright Partner Onboarding',
    '<p>Contractor Installer name: SunPower Installers</p>',
  );
  const text =
    'Contractor Installer name: SunPower Installers\nContractor Installer contact email: ops@sunpower.example';
  const description = {
    type: 'doc',
    version: 1,
    content: text.split('\n').map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
  };
  const r = await e2e.call('PUT', `/rest/api/3/issue/${key}`, { as: PEOPLE.agent, body: { fields: { description } } });
  expect(r.status).toBe(204);
  await e2e.control('/local/settle');
  const ss = await issue(e2e, key);
  expect(ss.fields.reporter?.accountId).toBe(IDS.mailbox);
  expect((ss.fields.customfield_10050 as { value: string }).value).toBe('Integrated Finance');
  const property = await e2e.get<{ value: { attention: string } }>(
    `/rest/api/3/issue/${key}/properties/onboarding-run`,
  );
  expect(property.value.attention).toBe('no');
});
