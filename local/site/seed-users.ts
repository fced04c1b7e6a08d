// The people of the local site (docs/LOCAL_SITE.md lists them). Account ids are stable: tests and the app's
// people directory refer to them.
import { APP_ACCOUNT_ID } from '../contracts';
import type { AccountType, SiteUser } from './model';

function user(
  accountId: string,
  displayName: string,
  emailAddress: string,
  accountType: AccountType = 'atlassian',
  extra: Partial<SiteUser> = {},
): SiteUser {
  return {
    accountId,
    displayName,
    emailAddress,
    accountType,
    active: true,
    timeZone: 'Europe/London',
    locale: 'en_GB',
    admin: false,
    ...extra,
  };
}

export const USERS = {
  app: APP_ACCOUNT_ID,
  automation: '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077',
  admin: '712020:site-admin',
  agent: '712020:priya-agent',
  agent2: '712020:tom-support',
  mailbox: '712020:onboarding-mailbox',
  david: '712020:david-ellis',
  james: '712020:james-carter',
  fallback: '712020:rachel-green',
  amDefault: '712020:maria-lopez',
  amSunpower: '712020:ken-watanabe',
  amBrightHomes: '712020:olivia-brown',
  config: '712020:chris-config',
  installer: 'qm:customer:bob-sunpower',
  sepStaff: '712020:ewan-sep',
  sepKb: '712020:kim-eprs',
  sepCms: '712020:cara-cms',
  sepPartner: 'qm:customer:sara-northfield',
  optSales: '712020:sally-sales',
  optSupport: '712020:sam-support',
  optMarketing: '712020:mia-marketing',
  optAccounts: '712020:alan-accounts',
  siContact: 'qm:customer:ian-brightsi',
  dpSales: '712020:kari-digipost',
  dpOps: '712020:nils-digipost',
  vendor: 'qm:customer:ola-hrvendor',
  outsider: '712020:olga-outsider',
} as const;

export function seedUsers(): SiteUser[] {
  return [
    user(USERS.app, 'Onboarding Playbooks', '', 'app'),
    user(USERS.automation, 'Automation for Jira', '', 'app'),
    user(USERS.admin, 'Alex Admin', 'admin@goeverbright.com', 'atlassian', { admin: true }),
    user(USERS.agent, 'Priya Agent', 'priya@goeverbright.com'),
    user(USERS.agent2, 'Tom Support', 'tom@goeverbright.com'),
    user(USERS.mailbox, 'EverBright Onboarding', 'onboarding@goeverbright.com'),
    user(USERS.david, 'David Ellis', 'david.ellis@goeverbright.com'),
    user(USERS.james, 'James Carter', 'james@goeverbright.com'),
    user(USERS.fallback, 'Rachel Green', 'rachel.green@goeverbright.com'),
    user(USERS.amDefault, 'Maria Lopez', 'maria.lopez@goeverbright.com'),
    user(USERS.amSunpower, 'Ken Watanabe', 'ken.watanabe@goeverbright.com'),
    user(USERS.amBrightHomes, 'Olivia Brown', 'olivia.brown@goeverbright.com'),
    user(USERS.config, 'Chris Config', 'chris@goeverbright.com'),
    user(USERS.installer, 'Bob Installer', 'bob@sunpower-installers.example', 'customer'),
    user(USERS.sepStaff, 'Ewan SEP', 'ewan@sep.example'),
    user(USERS.sepKb, 'Kim EPRS', 'kim.eprs@sep.example'),
    user(USERS.sepCms, 'Cara CMS', 'cara.cms@sep.example'),
    user(USERS.sepPartner, 'Sara Northfield', 'sara@northfield-council.example', 'customer'),
    user(USERS.optSales, 'Sally Sales', 'sales@optergy.example', 'atlassian', { timeZone: 'Australia/Sydney' }),
    user(USERS.optSupport, 'Sam Support', 'support@optergy.example', 'atlassian', { timeZone: 'Australia/Sydney' }),
    user(USERS.optMarketing, 'Mia Marketing', 'marketing@oberix.example', 'atlassian', {
      timeZone: 'Australia/Sydney',
    }),
    user(USERS.optAccounts, 'Alan Accounts', 'accounts@oberix.example', 'atlassian', {
      timeZone: 'Australia/Sydney',
    }),
    user(USERS.siContact, 'Ian Integrator', 'ian@bright-si.example', 'customer', { timeZone: 'Australia/Sydney' }),
    user(USERS.dpSales, 'Kari Nordmann', 'kari@digipost.example', 'atlassian', {
      timeZone: 'Europe/Oslo',
      locale: 'nb_NO',
    }),
    user(USERS.dpOps, 'Nils Hansen', 'nils@digipost.example', 'atlassian', {
      timeZone: 'Europe/Oslo',
      locale: 'nb_NO',
    }),
    user(USERS.vendor, 'Ola Leverandør', 'ola@hrvendor.example', 'customer', {
      timeZone: 'Europe/Oslo',
      locale: 'nb_NO',
    }),
    user(USERS.outsider, 'Olga Outsider', 'olga@goeverbright.com'),
  ];
}
