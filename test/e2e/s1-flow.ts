// S1 (SCENARIOS.md) driven only through the local site's HTTP surface, as the people of the site would.
import { adfText, mentions, PEOPLE, type E2E } from './stack-harness';

export const S1_EMAIL = `<html><body><div style="font-family:Calibri">
<p>Hello team,</p>
<p><b>Contractor Installer name:</b>   SunPower Installers </p>
<p>Contractor Installer contact email<br>bob@sunpower-installers.example</p>
<p>Kind regards,<br>Bob</p></div></body></html>`;

export const IDS = {
  david: '712020:david-ellis',
  james: '712020:james-carter',
  ken: '712020:ken-watanabe',
  rachel: '712020:rachel-green',
  mailbox: '712020:onboarding-mailbox',
  bob: 'qm:customer:bob-sunpower',
  app: '557058:onboarding-playbooks-app',
};

export interface JiraComment {
  id: string;
  author: { accountId: string };
  body: unknown;
  jsdPublic?: boolean;
}

export interface IssueView {
  key: string;
  fields: Record<string, unknown> & {
    status: { name: string };
    resolution: { name: string } | null;
    reporter: { accountId: string } | null;
    issuelinks?: {
      type: { name: string };
      inwardIssue?: { key: string };
      outwardIssue?: { key: string };
    }[];
  };
}

export async function issue(e2e: E2E, key: string): Promise<IssueView> {
  return e2e.get<IssueView>(`/rest/api/3/issue/${key}`);
}

export async function appComments(
  e2e: E2E,
  key: string,
): Promise<(JiraComment & { text: string; mentioned: string[] })[]> {
  const page = await e2e.get<{ comments: JiraComment[] }>(`/rest/api/3/issue/${key}/comment?maxResults=100`);
  return page.comments
    .filter((c) => c.author.accountId === IDS.app)
    .map((c) => ({ ...c, text: adfText(c.body), mentioned: mentions(c.body) }));
}

export async function sendEmail(e2e: E2E, from: string, subject: string, body: string): Promise<string> {
  const r = (await e2e.control('/local/email', { from, subject, body })) as { key: string };
  await e2e.control('/local/settle');
  return r.key;
}

/** Moves an issue to a status by name, as `as` through the REST API. */
export async function moveTo(e2e: E2E, key: string, status: string, as: string): Promise<void> {
  const t = await e2e.get<{ transitions: { id: string; to: { name: string } }[] }>(
    `/rest/api/3/issue/${key}/transitions`,
    as,
  );
  const transition = t.transitions.find((x) => x.to.name === status);
  if (!transition) throw new Error(`${key} cannot move to ${status} as ${as}`);
  const r = await e2e.call('POST', `/rest/api/3/issue/${key}/transitions`, {
    as,
    body: { transition: { id: transition.id } },
  });
  if (r.status !== 204) throw new Error(`transition ${key} -> ${status}: ${r.status} ${JSON.stringify(r.body)}`);
  await e2e.control('/local/settle');
}

export async function advance(e2e: E2E, duration: string): Promise<void> {
  await e2e.control('/local/clock', { advance: duration });
  await e2e.control('/local/settle');
}

export { PEOPLE };

/** S1 by email, start to finish: request, config ticket on hold, a day's chase, David's emailed approval, CS done. */
export async function walkS1ByEmail(e2e: E2E): Promise<void> {
  await sendEmail(e2e, PEOPLE.bob, 'EverBright Partner Onboarding', S1_EMAIL);
  await moveTo(e2e, 'CS-1', 'On Hold', PEOPLE.chris);
  await advance(e2e, 'PT25H');
  await sendEmail(e2e, PEOPLE.david, 'Products for SunPower Installers', '<p>Approved for SunPower Installers.</p>');
  await moveTo(e2e, 'CS-1', 'Done', PEOPLE.chris);
}

/** After walkS1ByEmail, however events arrived: one of each comment, watcher, Slack chase, link and transition. */
export async function expectS1WrittenOnce(e2e: E2E): Promise<void> {
  const texts = (await appComments(e2e, 'SS-1')).map((c) => c.text.split('\n')[0] ?? '');
  expect(texts).toEqual([
    expect.stringContaining('May we push them live?'),
    expect.stringContaining('Reminder'),
    expect.stringContaining('answered by email in SS-2'),
    expect.stringContaining('complete'),
  ] as unknown[]);
  const watchers = await e2e.get<{ watchers: { accountId: string }[] }>('/rest/api/3/issue/SS-1/watchers');
  const ids = watchers.watchers.map((w) => w.accountId);
  expect(ids).toHaveLength(new Set(ids).size);
  expect(e2e.stack.slack.messages).toHaveLength(1);
  const answer = await issue(e2e, 'SS-2');
  expect(answer.fields.issuelinks).toHaveLength(1);
  expect(answer.fields.resolution?.name).toBe('Duplicate');
  expect((await issue(e2e, 'SS-1')).fields.status.name).toBe('Resolved');
}
