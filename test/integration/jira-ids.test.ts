// Stable Jira ids kept in KVS across invocations (src/storage/jira-ids.ts, src/app/names.ts): a warm onboarding reads
// no names, and an id Jira refuses is read again without leaving the intake stuck.
import { z } from 'zod';
import { FIELDS } from '../../local/site/seed';
import { inProcessStack, type InProcess } from './stack';

const BOB = 'bob@sunpower-installers.example';
const AGENT = '712020:priya-agent';
const CHRIS = '712020:chris-config';
const NAME_READS = ['GET /rest/api/3/field', 'GET /rest/servicedeskapi/'];

let p: InProcess;
beforeEach(async () => {
  p = await inProcessStack();
});
afterEach(() => p.stack.stop());

const body = (installer: string): string =>
  `<p>Contractor Installer name: ${installer}</p><p>Contractor Installer contact email: ${BOB}</p>`;

/** The app's calls made while `act` ran. */
async function callsOf(act: () => Promise<unknown>): Promise<string[]> {
  const before = p.appCalls().length;
  await act();
  return p.appCalls().slice(before);
}

async function ticket(key: string): Promise<{ fields: Record<string, unknown> }> {
  const r = await p.rest('GET', `/rest/api/3/issue/${key}`, AGENT);
  expect(r.status).toBe(200);
  return r.body as { fields: Record<string, unknown> };
}

async function runOf(key: string) {
  const { loadRunRecord } = await import('../../src/storage');
  return (await loadRunRecord(key))?.run;
}

const requestTypeOf = async (key: string): Promise<unknown> => (await ticket(key)).fields[FIELDS.requestType];

test('the second onboarding on a warm cache reads no field list, desk or request type: only the new partner', async () => {
  const first = await callsOf(() => p.email(BOB, 'EverBright Partner Onboarding', body('SunPower Installers')));
  expect(first.filter((c) => NAME_READS.some((r) => c.startsWith(r))).length).toBeGreaterThan(0);
  // The desk's own list answered: the organization is on the desk already, so nothing is added to it.
  expect(first).not.toContain('POST /rest/servicedeskapi/servicedesk/1/organization');

  const second = await callsOf(() => p.email(BOB, 'EverBright Partner Onboarding', body('Bright Homes Solar')));
  // A new partner is a new organization name: the desk's list is read for it, and nothing else.
  expect(second.filter((c) => NAME_READS.some((r) => c.startsWith(r)))).toEqual([
    'GET /rest/servicedeskapi/servicedesk/1/organization?start=0&limit=50',
  ]);
  const run = await runOf('SS-2');
  expect(run?.attention).toEqual([]);
  expect(run?.stage).not.toBe('intake');
  const org = (await ticket('SS-2')).fields;
  expect(JSON.stringify(org)).toContain('Bright Homes Solar');

  // The same partner again: every name is known.
  const third = await callsOf(() => p.email(BOB, 'EverBright Partner Onboarding', body('Bright Homes Solar')));
  expect(third.filter((c) => NAME_READS.some((r) => c.startsWith(r)))).toEqual([]);
  expect((await runOf('SS-3'))?.attention).toEqual([]);
});

test('a request type replaced under the same name (a new id) is read again when Jira refuses the kept id', async () => {
  await p.email(BOB, 'EverBright Partner Onboarding', body('SunPower Installers'));
  const data = p.stack.site.store.data;
  const old = data.requestTypes.find((t) => t.name === 'Company-specific Data Change');
  if (!old) throw new Error('seed changed: no "Company-specific Data Change" request type');
  data.requestTypes = [...data.requestTypes.filter((t) => t !== old), { ...old, id: '99', key: 'ss/company-data-2' }];

  const second = await callsOf(() => p.email(BOB, 'EverBright Partner Onboarding', body('Bright Homes Solar')));
  // The edit with the kept id was refused, the request type read again, the edit sent once more.
  expect(second.filter((c) => c === 'PUT /rest/api/3/issue/SS-2')).toHaveLength(2);
  expect(second.some((c) => c.startsWith('GET /rest/servicedeskapi/servicedesk/1/requesttype'))).toBe(true);
  expect(JSON.stringify(await requestTypeOf('SS-2'))).toContain('"id":"99"');
  expect((await runOf('SS-2'))?.attention).toEqual([]);
});

test('an organization taken off the desk after it was kept is added back when Jira refuses the edit', async () => {
  await p.email(BOB, 'EverBright Partner Onboarding', body('SunPower Installers'));
  const desk = p.stack.site.store.data.serviceDesks.find((d) => d.projectKey === 'SS');
  if (!desk) throw new Error('seed changed: no SS desk');
  desk.organizationIds = desk.organizationIds.filter((id) => id !== '1');

  const second = await callsOf(() => p.email(BOB, 'EverBright Partner Onboarding', body('SunPower Installers')));
  expect(second).toContain('POST /rest/servicedeskapi/servicedesk/1/organization');
  expect(desk.organizationIds).toContain('1');
  expect((await runOf('SS-2'))?.attention).toEqual([]);
  expect(JSON.stringify((await ticket('SS-2')).fields)).toContain('SunPower Installers');
});

test('a transition found once is used again: the second run moves its ticket without reading the transitions', async () => {
  const moveCs = async (key: string): Promise<string[]> => {
    const t = await p.rest('GET', `/rest/api/3/issue/${key}/transitions`, CHRIS);
    const id = (t.body as { transitions: { id: string; to: { name: string } }[] }).transitions.find(
      (x) => x.to.name === 'On Hold',
    )?.id;
    return callsOf(() => p.rest('POST', `/rest/api/3/issue/${key}/transitions`, CHRIS, { transition: { id } }));
  };
  await p.email(BOB, 'EverBright Partner Onboarding', body('SunPower Installers'));
  await p.email(BOB, 'EverBright Partner Onboarding', body('Bright Homes Solar'));
  const first = await moveCs('CS-1');
  expect(first.filter((c) => c.startsWith('POST /rest/api/3/issue/SS-1/transitions'))).toHaveLength(1);
  expect(first.some((c) => c.startsWith('GET /rest/api/3/issue/SS-1/transitions'))).toBe(true);
  const second = await moveCs('CS-2');
  expect(second.filter((c) => c.startsWith('POST /rest/api/3/issue/SS-2/transitions'))).toHaveLength(1);
  expect(second.some((c) => c.startsWith('GET /rest/api/3/issue/SS-2/transitions'))).toBe(false);
  const status = (await ticket('SS-2')).fields.status as { name: string };
  expect(status.name).toBe('Waiting for support');
});

test('a kept transition Jira refuses (the workflow changed) is forgotten, the list read and the move made', async () => {
  const { rememberJiraId, recallJiraId } = await import('../../src/storage/jira-ids');
  const route = ['SS', 'Service Request', 'Open', 'Waiting for support'];
  await p.email(BOB, 'EverBright Partner Onboarding', body('SunPower Installers'));
  await rememberJiraId('transition', route, {
    id: '999',
    toStatus: 'Waiting for support',
    screenHasResolution: false,
    resolutionRequired: false,
  });
  const t = await p.rest('GET', '/rest/api/3/issue/CS-1/transitions', CHRIS);
  const id = (t.body as { transitions: { id: string; to: { name: string } }[] }).transitions.find(
    (x) => x.to.name === 'On Hold',
  )?.id;
  const calls = await callsOf(() =>
    p.rest('POST', '/rest/api/3/issue/CS-1/transitions', CHRIS, { transition: { id } }),
  );
  expect(calls.filter((c) => c.startsWith('POST /rest/api/3/issue/SS-1/transitions'))).toHaveLength(2);
  expect(((await ticket('SS-1')).fields.status as { name: string }).name).toBe('Waiting for support');
  const kept = await recallJiraId('transition', route, z.looseObject({ id: z.string() }));
  expect(kept?.id).not.toBe('999');
  expect((await runOf('SS-1'))?.attention).toEqual([]);
});
