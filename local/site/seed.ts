// A fresh site: projects, workflows, fields, request types, organizations and people. No tickets.
import type { Project, SiteData } from './model';
import { USERS, seedUsers } from './seed-users';
import { WORKFLOWS } from './seed-workflows';

export const FIELDS = {
  organizations: 'customfield_10002',
  requestType: 'customfield_10010',
  participants: 'customfield_10030',
  needsConfiguration: 'customfield_10050',
  reviewDate: 'customfield_10060',
  siCompany: 'customfield_10070',
  siContactEmail: 'customfield_10071',
  siSize: 'customfield_10072',
  siStartDate: 'customfield_10073',
  businessName: 'customfield_10080',
  businessOrgNumber: 'customfield_10081',
  systemVendor: 'customfield_10082',
  partnerOnCrm: 'customfield_10090',
  serviceName: 'customfield_10091',
  sharedService: 'customfield_10092',
} as const;

const SERVICE_REQUEST = '10100';
const INCIDENT = '10101';
const TASK = '10002';

const staff = [USERS.admin, USERS.agent, USERS.agent2, USERS.mailbox, USERS.david, USERS.james, USERS.fallback];
const managers = [USERS.amDefault, USERS.amSunpower, USERS.amBrightHomes];

function roles(admins: string[], agents: string[], members: string[] = []): Project['roles'] {
  const out: Project['roles'] = {};
  for (const id of members) out[id] = 'member';
  for (const id of agents) out[id] = 'agent';
  for (const id of admins) out[id] = 'administrator';
  return out;
}

function project(
  id: string,
  key: string,
  name: string,
  type: Project['projectTypeKey'],
  projectRoles: Project['roles'],
  serviceDeskId?: string,
): Project {
  const sd = type === 'service_desk';
  return {
    id,
    key,
    name,
    projectTypeKey: type,
    workflowId: sd ? 'jsm-default' : 'cs-simple',
    issueTypeIds: sd ? [SERVICE_REQUEST, INCIDENT] : [TASK],
    leadAccountId: USERS.admin,
    roles: projectRoles,
    ...(serviceDeskId ? { serviceDeskId } : {}),
    nextIssueNumber: 1,
  };
}

export function seedSite(): SiteData {
  const opt = [USERS.optSales, USERS.optSupport, USERS.optMarketing, USERS.optAccounts];
  const dp = [USERS.dpSales, USERS.dpOps];
  const sep = [USERS.sepStaff, USERS.sepKb, USERS.sepCms];
  return {
    counter: 20000,
    users: seedUsers(),
    issueTypes: [
      { id: SERVICE_REQUEST, name: 'Service Request', description: 'A request from a customer.', subtask: false },
      { id: INCIDENT, name: 'Incident', description: 'Something is broken.', subtask: false },
      { id: TASK, name: 'Task', description: 'A piece of work.', subtask: false },
    ],
    workflows: WORKFLOWS,
    projects: [
      project('10000', 'SS', 'EverBright Support', 'service_desk', roles([USERS.admin], [...staff, ...managers]), '1'),
      project('10001', 'CS', 'Config Team', 'software', roles([USERS.admin], [USERS.config, USERS.david], staff)),
      project('10002', 'SEP', 'Shared Enquiry Platform', 'service_desk', roles([USERS.admin], sep), '2'),
      project('10003', 'OSI', 'Optergy SI Onboarding', 'service_desk', roles([USERS.admin], opt), '3'),
      project('10004', 'DP', 'Digipost Onboarding', 'service_desk', roles([USERS.admin], dp), '4'),
    ],
    resolutions: [
      { id: '10000', name: 'Done', description: 'Work has been completed on this issue.' },
      { id: '10001', name: "Won't Do", description: 'This issue won\u2019t be actioned.' },
      { id: '10002', name: 'Duplicate', description: 'The problem is a duplicate of an existing issue.' },
      { id: '10003', name: 'Declined', description: 'This request was declined.' },
    ],
    serviceDesks: [
      sd('1', 'SS', 'support@goeverbright.com', '1'),
      sd('2', 'SEP', 'partners@sep.example', '20'),
      sd('3', 'OSI', 'si@optergy.example', '30'),
      sd('4', 'DP', 'avsender@digipost.example', '40'),
    ],
    requestTypes: [
      rt('1', '1', SERVICE_REQUEST, 'Emailed request', 'ss/emailed-request'),
      rt('2', '1', SERVICE_REQUEST, 'Company-specific Data Change', 'ss/company-data-change'),
      rt('3', '1', INCIDENT, 'Report a problem', 'ss/report-problem'),
      rt('20', '2', SERVICE_REQUEST, 'Emailed request', 'sep/emailed-request'),
      rt('21', '2', SERVICE_REQUEST, 'Partner onboarding', 'sep/partner-onboarding'),
      rt('22', '2', SERVICE_REQUEST, 'Add a new service', 'sep/add-service'),
      rt('23', '2', SERVICE_REQUEST, 'Edit or remove a service', 'sep/edit-service'),
      rt('24', '2', SERVICE_REQUEST, 'Partner removed from SEP', 'sep/partner-removed'),
      rt('30', '3', SERVICE_REQUEST, 'Emailed request', 'osi/emailed-request'),
      rt('31', '3', SERVICE_REQUEST, 'New SI', 'osi/new-si'),
      rt('32', '3', SERVICE_REQUEST, 'Multi-site licence request', 'osi/multi-site-licence'),
      rt('40', '4', SERVICE_REQUEST, 'Emailed request', 'dp/emailed-request'),
      rt('41', '4', SERVICE_REQUEST, 'Ny avsender via systemleverandør', 'dp/sender-via-vendor'),
    ],
    organizations: [
      { id: '1', name: 'SunPower Installers', memberIds: [USERS.installer] },
      { id: '2', name: 'Bright Homes Solar', memberIds: [] },
      { id: '3', name: 'Northfield Council', memberIds: [USERS.sepPartner] },
      { id: '4', name: 'Bright SI', memberIds: [USERS.siContact] },
      { id: '5', name: 'HR Vendor AS', memberIds: [USERS.vendor] },
    ],
    fields: [
      {
        id: FIELDS.organizations,
        name: 'Organizations',
        kind: 'organizations',
        custom: 'com.atlassian.servicedesk:sd-customer-organizations',
      },
      {
        id: FIELDS.requestType,
        name: 'Request Type',
        kind: 'requesttype',
        custom: 'com.atlassian.servicedesk:vp-origin',
      },
      {
        id: FIELDS.participants,
        name: 'Request participants',
        kind: 'users',
        custom: 'com.atlassian.servicedesk:sd-request-participants',
      },
      select(FIELDS.needsConfiguration, 'Needs Configuration?', [
        ['10100', 'Integrated Finance'],
        ['10101', 'Standard Configuration'],
        ['10102', 'No Configuration'],
      ]),
      date(FIELDS.reviewDate, 'Review date'),
      text(FIELDS.siCompany, 'SI company'),
      text(FIELDS.siContactEmail, 'SI contact email'),
      select(FIELDS.siSize, 'SI size', [
        ['10110', 'Small'],
        ['10111', 'Large'],
      ]),
      date(FIELDS.siStartDate, 'Start date'),
      text(FIELDS.businessName, 'Business name'),
      text(FIELDS.businessOrgNumber, 'Organisation number'),
      text(FIELDS.systemVendor, 'System vendor'),
      select(FIELDS.partnerOnCrm, 'Partner on our CRM?', [
        ['10120', 'Yes'],
        ['10121', 'No'],
      ]),
      text(FIELDS.serviceName, 'Service name'),
      select(FIELDS.sharedService, 'Shared service', [
        ['10130', 'Yes'],
        ['10131', 'No'],
      ]),
    ],
    linkTypes: [
      { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
      { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
      { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
      { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
    ],
    issues: [],
    comments: [],
    links: [],
    outbox: [],
  };
}

function sd(id: string, projectKey: string, emailAddress: string, emailRequestTypeId: string) {
  const customers = { SS: [USERS.installer], SEP: [USERS.sepPartner], OSI: [USERS.siContact], DP: [USERS.vendor] };
  const orgs = { SS: ['1', '2'], SEP: ['3'], OSI: ['4'], DP: ['5'] };
  const k = projectKey as keyof typeof customers;
  return { id, projectKey, emailAddress, emailRequestTypeId, customerIds: customers[k], organizationIds: orgs[k] };
}

function rt(id: string, serviceDeskId: string, issueTypeId: string, name: string, key: string) {
  return { id, serviceDeskId, issueTypeId, name, key, description: name };
}

function select(id: string, name: string, options: [string, string][]) {
  return {
    id,
    name,
    kind: 'option' as const,
    custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select',
    options: options.map(([oid, value]) => ({ id: oid, value })),
  };
}

function date(id: string, name: string) {
  return { id, name, kind: 'date' as const, custom: 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker' };
}

function text(id: string, name: string) {
  return { id, name, kind: 'string' as const, custom: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield' };
}
