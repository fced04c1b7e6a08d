import { APP_ACCOUNT_ID } from '../../local/contracts';
import { adf, AGENT, at, CUSTOMER, OUTSIDER, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.site.reset());
afterEach(() => expect(h.site.specViolations()).toEqual([]));

async function createSS(): Promise<string> {
  const res = await h.call('POST', '/rest/api/3/issue', {
    as: AGENT,
    body: { fields: { project: { key: 'SS' }, issuetype: { name: 'Service Request' }, summary: 'Hello' } },
  });
  return String(at(res.body, 'key'));
}

test('no credentials: 401; an unknown Basic user: 401', async () => {
  expect((await h.call('GET', '/rest/api/3/myself')).status).toBe(401);
  expect((await h.call('GET', '/rest/api/3/myself', { as: 'nobody@nowhere.example' })).status).toBe(401);
});

test('myself is the user picked by email', async () => {
  const res = await h.call('GET', '/rest/api/3/myself', { as: 'david.ellis@goeverbright.com' });
  expect(res.status).toBe(200);
  expect(at(res.body, 'accountId')).toBe('712020:david-ellis');
  expect(at(res.body, 'displayName')).toBe('David Ellis');
});

test('an issue in a project the user cannot browse is 404, exactly like a missing one', async () => {
  const key = await createSS();
  const hidden = await h.call('GET', `/rest/api/3/issue/${key}`, { as: OUTSIDER });
  const missing = await h.call('GET', '/rest/api/3/issue/SS-999', { as: OUTSIDER });
  expect(hidden.status).toBe(404);
  expect(hidden.body).toEqual(missing.body);
  expect((await h.call('GET', `/rest/api/3/issue/${key}`, { as: CUSTOMER })).status).toBe(404);
});

test('a user who can browse but not edit gets a real 403', async () => {
  const created = await h.call('POST', '/rest/api/3/issue', {
    as: 'chris@goeverbright.com',
    body: { fields: { project: { key: 'CS' }, issuetype: { name: 'Task' }, summary: 'Config' } },
  });
  const key = String(at(created.body, 'key'));
  // Priya is a member of CS: she can browse and comment, not edit or transition.
  expect((await h.call('GET', `/rest/api/3/issue/${key}`, { as: AGENT })).status).toBe(200);
  const edit = await h.call('PUT', `/rest/api/3/issue/${key}`, { as: AGENT, body: { fields: { summary: 'x' } } });
  expect(edit.status).toBe(403);
  expect(at(edit.body, 'errorMessages')).toEqual(['You do not have permission to edit issues in this project.']);
  const comment = await h.call('POST', `/rest/api/3/issue/${key}/comment`, { as: AGENT, body: { body: adf('hi') } });
  expect(comment.status).toBe(201);
});

test('mypermissions answers per project and issue', async () => {
  const key = await createSS();
  const mine = await h.call('GET', `/rest/api/3/mypermissions?permissions=EDIT_ISSUES,ADMINISTER&issueKey=${key}`, {
    as: AGENT,
  });
  expect(at(mine.body, 'permissions.EDIT_ISSUES.havePermission')).toBe(true);
  expect(at(mine.body, 'permissions.ADMINISTER.havePermission')).toBe(false);
  const cs = await h.call('GET', '/rest/api/3/mypermissions?permissions=EDIT_ISSUES&projectKey=CS', { as: AGENT });
  expect(at(cs.body, 'permissions.EDIT_ISSUES.havePermission')).toBe(false);
  const admin = await h.call('GET', '/rest/api/3/mypermissions?permissions=ADMINISTER', {
    as: 'admin@goeverbright.com',
  });
  expect(at(admin.body, 'permissions.ADMINISTER.havePermission')).toBe(true);
});

test('permissions/check: own permissions; another user only for admins', async () => {
  const res = await h.call('POST', '/rest/api/3/permissions/check', {
    as: AGENT,
    body: { projectPermissions: [{ permissions: ['EDIT_ISSUES'], projects: [10000, 10001] }] },
  });
  expect(res.status).toBe(200);
  expect(at(res.body, 'projectPermissions.0.projects')).toEqual([10000]);
  const other = await h.call('POST', '/rest/api/3/permissions/check', {
    as: AGENT,
    body: { accountId: '712020:james-carter', globalPermissions: ['ADMINISTER'] },
  });
  expect(other.status).toBe(403);
});

test('the app account acts with its own permissions and shows as the actor', async () => {
  const key = await createSS();
  const seen: string[] = [];
  const off = h.site.onEvent((e) => seen.push(e.actorAccountId));
  const res = await h.site.handle(
    new Request(`http://site/rest/api/3/issue/${key}/comment`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: adf('from the app') }),
    }),
    { kind: 'app' },
  );
  off();
  expect(res.status).toBe(201);
  expect(seen).toEqual([APP_ACCOUNT_ID]);
  const me = await h.site.handle(new Request('http://site/rest/api/3/myself'), { kind: 'app' });
  expect(at(await me.json(), 'accountType')).toBe('app');
});

test('user search finds people by email prefix and name', async () => {
  const byEmail = await h.call('GET', '/rest/api/3/user/search?query=onboarding@goeverbright.com', { as: AGENT });
  expect(byEmail.status).toBe(200);
  expect((byEmail.body as unknown[]).map((u) => at(u, 'accountId'))).toEqual(['712020:onboarding-mailbox']);
  const byName = await h.call('GET', '/rest/api/3/user/search?query=david', { as: AGENT });
  expect((byName.body as unknown[]).map((u) => at(u, 'displayName'))).toEqual(['David Ellis']);
});

test('anonymous calls to the servicedesk API get 401 in its own error shape', async () => {
  const res = await h.call('GET', '/rest/servicedeskapi/servicedesk');
  expect(res.status).toBe(401);
  expect(typeof at(res.body, 'errorMessage')).toBe('string');
});
