// People, fields, JSM and permission operations of src/jira against the local site, through the real
// @forge/api path, with each request and response checked against Atlassian's specs.
import {
  addOrganizationToServiceDesk,
  addRequestParticipants,
  checkPermissions,
  createIssue,
  createOrganization,
  ensureOrganization,
  findCustomFieldsByType,
  findFieldsByName,
  findOrganizationByName,
  findRequestTypesByName,
  findUsersByEmail,
  getMyPermissions,
  getServiceDeskByProject,
  getUser,
} from '../../src/jira';
import { JIRA_OPERATIONS } from '../../src/jira/operations';
import { DIRECTORY_OPERATIONS } from './support/coverage';
import { contractSite, seenKeys, type ContractSite } from './support/site';

const DAVID = '712020:david-ellis';
const AGENT = '712020:priya-agent';
const OUTSIDER = '712020:olga-outsider';
const INSTALLER = 'qm:customer:bob-sunpower';

let ctx: ContractSite;

beforeAll(async () => {
  ctx = await contractSite();
});

afterAll(() => ctx.uninstall());

describe('people', () => {
  it('finds a user by email, case-insensitively, and by account id', async () => {
    const found = await findUsersByEmail(ctx.app, 'Onboarding@GoEverBright.com');
    expect(found.map((u) => u.accountId)).toEqual(['712020:onboarding-mailbox']);
    expect(await findUsersByEmail(ctx.app, 'nobody@nowhere.example')).toEqual([]);
    const david = await getUser(ctx.app, DAVID);
    expect(david.displayName).toBe('David Ellis');
  });

  it('getUser of an unknown account is NOT_FOUND', async () => {
    await expect(getUser(ctx.app, '712020:nobody')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('custom fields', () => {
  it('finds custom fields by exact name', async () => {
    const [needs] = await findFieldsByName(ctx.app, 'Needs Configuration?');
    expect(needs?.id).toBe('customfield_10050');
    const orgs = await findFieldsByName(ctx.app, 'organizations');
    expect(orgs.map((f) => f.id)).toEqual(['customfield_10002']);
    expect(await findFieldsByName(ctx.app, 'Needs')).toEqual([]);
    const requestType = await findCustomFieldsByType(ctx.app, 'com.atlassian.servicedesk:vp-origin');
    expect(requestType.map((f) => f.id)).toEqual(['customfield_10010']);
  });
});

describe('JSM', () => {
  it('finds the service desk of a project and a request type by name', async () => {
    const desk = await getServiceDeskByProject(ctx.app, 'SS');
    expect(desk?.id).toBe('1');
    expect(await getServiceDeskByProject(ctx.app, 'CS')).toBeUndefined();
    const types = await findRequestTypesByName(ctx.app, '1', 'company-specific data change');
    expect(types.map((t) => t.id)).toEqual(['2']);
  });

  it('finds an organization by name across pages, or creates it and adds it to the service desk', async () => {
    expect((await findOrganizationByName(ctx.app, 'sunpower installers'))?.id).toBe('1');
    const before = ctx.checker.seen.length;
    expect((await findOrganizationByName(ctx.app, 'HR VENDOR AS', 2))?.id).toBe('5');
    expect(ctx.checker.seen.slice(before).map((c) => c.path)).toEqual(
      Array(3).fill('/rest/servicedeskapi/organization'),
    );
    expect(await findOrganizationByName(ctx.app, 'No Such Org', 2)).toBeUndefined();
    const first = await ensureOrganization(ctx.app, 'Bright Solar AS', '1');
    expect(first.created).toBe(true);
    const again = await ensureOrganization(ctx.app, 'Bright Solar AS', '1');
    expect(again).toEqual({ organization: first.organization, created: false });
    await addOrganizationToServiceDesk(ctx.app, '1', first.organization.id);
    const another = await createOrganization(ctx.app, 'Another Installer Ltd');
    expect(another.name).toBe('Another Installer Ltd');
  });

  it('adds request participants', async () => {
    const request = await createIssue(ctx.app, {
      fields: { project: { key: 'SS' }, issuetype: { id: '10100' }, summary: 'New SI' },
    });
    const participants = await addRequestParticipants(ctx.app, request.key, [INSTALLER]);
    expect(participants).toContain(INSTALLER);
  });
});

describe('permissions', () => {
  it('mypermissions answers for the calling user (asUser)', async () => {
    const agent = await ctx.asUser(AGENT, (jira) =>
      getMyPermissions(jira, ['BROWSE_PROJECTS', 'ADMINISTER'], { projectKey: 'SS' }),
    );
    expect(agent).toEqual({ BROWSE_PROJECTS: true, ADMINISTER: false });
    const outsider = await ctx.asUser(OUTSIDER, (jira) =>
      getMyPermissions(jira, ['BROWSE_PROJECTS'], { projectKey: 'SS' }),
    );
    expect(outsider).toEqual({ BROWSE_PROJECTS: false });
  });

  it('permissions/check answers for the caller; other users only for Jira admins', async () => {
    const grants = await ctx.asUser(AGENT, (jira) =>
      checkPermissions(jira, {
        globalPermissions: ['ADMINISTER'],
        projectPermissions: [{ permissions: ['EDIT_ISSUES'], projects: [10000] }],
      }),
    );
    expect(grants.globalPermissions).toEqual([]);
    expect(grants.projectPermissions).toEqual([
      expect.objectContaining({ permission: 'EDIT_ISSUES', projects: [10000] }),
    ]);
    await expect(
      ctx.asUser(AGENT, (jira) => checkPermissions(jira, { accountId: DAVID, globalPermissions: ['ADMINISTER'] })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('against the specs', () => {
  it("every request and response matched Atlassian's specs", () => {
    expect(ctx.checker.violations).toEqual([]);
  });

  it('exercised every directory operation', () => {
    const seen = seenKeys(ctx.checker);
    const wanted = JIRA_OPERATIONS.filter((o) => (DIRECTORY_OPERATIONS as readonly string[]).includes(o.operationId));
    expect(wanted.filter((o) => !seen.has(`${o.method} ${o.path}`)).map((o) => o.operationId)).toEqual([]);
  });
});
