// The demo: example requests of all four scenarios, and the later S1 steps that wait for the app's part.
import { createJiraSite, type JiraSite } from '../../local/site';
import { ManualClock } from '../../local/site/clock';
import { FIELDS } from '../../local/site/seed';
import { USERS } from '../../local/site/seed-users';
import { START } from './harness';

let site: JiraSite;
beforeEach(() => {
  site = createJiraSite({ clock: new ManualClock(START), responseCheck: 'throw', sleep: () => Promise.resolve() });
  site.reset({ demo: true });
});

const issue = (key: string) => {
  const found = site.store.issue(key);
  if (!found) throw new Error(`no ${key}`);
  return found;
};
const requestType = (key: string) =>
  site.store.data.requestTypes.find((r) => r.id === issue(key).custom[FIELDS.requestType])?.key;
const status = (key: string) =>
  site.store.workflowOf(issue(key)).statuses.find((s) => s.id === issue(key).statusId)?.name;
const csOf = (key: string) => {
  const id = issue(key).id;
  const link = site.store.data.links.find((l) => l.inwardIssueId === id || l.outwardIssueId === id);
  return link && site.store.issueById(link.inwardIssueId === id ? link.outwardIssueId : link.inwardIssueId);
};

/** What the app does for S1 at intake: "Needs Configuration?" = Integrated Finance (the site's rule adds CS). */
async function appIntake(key: string): Promise<void> {
  const res = await site.handle(
    new Request(`http://site/rest/api/3/issue/${key}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fields: { [FIELDS.needsConfiguration]: { value: 'Integrated Finance' } } }),
    }),
    { kind: 'app' },
  );
  expect(res.status).toBe(204);
}

test('three requests per scenario, in its project, with its request types and the intake data filled in', () => {
  const keys = site.store.data.issues.map((i) => i.key).sort();
  expect(keys).toEqual([
    'DP-1',
    'DP-2',
    'DP-3',
    'OSI-1',
    'OSI-2',
    'OSI-3',
    'SEP-1',
    'SEP-2',
    'SEP-3',
    'SS-1',
    'SS-2',
    'SS-3',
  ]);
  expect(['SS-1', 'SS-2', 'SS-3'].map((k) => issue(k).summary)).toEqual(Array(3).fill('EverBright Partner Onboarding'));
  expect(['SEP-1', 'SEP-2', 'SEP-3'].map(requestType)).toEqual([
    'sep/partner-onboarding',
    'sep/add-service',
    'sep/edit-service',
  ]);
  expect(['OSI-1', 'OSI-2', 'OSI-3'].map(requestType)).toEqual(['osi/new-si', 'osi/new-si', 'osi/multi-site-licence']);
  expect(['DP-1', 'DP-2', 'DP-3'].map(requestType)).toEqual([
    'dp/sender-via-vendor',
    'dp/sender-via-vendor',
    'dp/emailed-request',
  ]);
  expect(issue('SEP-3').custom[FIELDS.reviewDate]).toBe('2026-11-27');
  expect(issue('OSI-2').custom[FIELDS.siStartDate]).toBe('2026-03-30');
  expect(site.store.data.comments.filter((c) => c.issueId === issue('DP-2').id)).toHaveLength(1);
  expect(site.specViolations()).toEqual([]);
});

test('without the app the later steps change nothing', () => {
  const before = JSON.stringify(site.store.data);
  for (let step = 0; site.advanceDemo(step); step += 1);
  expect(JSON.stringify(site.store.data)).toBe(before);
});

test('with the app’s part done by hand: SS-1 waits On Hold, SS-2 is approved by email and its CS ticket Done', async () => {
  await appIntake('SS-1');
  await appIntake('SS-2');
  expect([status(csOf('SS-1')?.key ?? ''), status(csOf('SS-2')?.key ?? '')]).toEqual(['To Do', 'To Do']);
  expect(site.advanceDemo(0)).toBe(true);
  expect([status(csOf('SS-1')?.key ?? ''), status(csOf('SS-2')?.key ?? '')]).toEqual(['On Hold', 'On Hold']);
  expect(site.advanceDemo(1)).toBe(true);
  const reply = site.store.data.comments.filter((c) => c.issueId === issue('SS-2').id);
  expect(reply.map((c) => c.author)).toEqual([USERS.david]);
  // The app applies the approval: the CS ticket goes back to To Do.
  const cs = csOf('SS-2')?.key ?? '';
  const back = await site.handle(
    new Request(`http://site/rest/api/3/issue/${cs}/transitions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ transition: { id: '11' } }),
    }),
    { kind: 'app' },
  );
  expect(back.status).toBe(204);
  expect(site.advanceDemo(2)).toBe(true);
  expect([status(csOf('SS-1')?.key ?? ''), status(cs)]).toEqual(['On Hold', 'Done']);
  expect(site.advanceDemo(3)).toBe(false);
  expect(site.specViolations()).toEqual([]);
});
