// The people directory the local site's app starts with: the site's seeded users in the roles of S1-S4
// (local/site/seed-users.ts). Slack member ids are made up; the local Slack sink records them.
import type { Directory } from '../../src/domain/people';
import { USERS } from '../site/seed-users';

export const LOCAL_DIRECTORY: Directory = {
  people: {
    'everbright.approver': {
      accountId: USERS.david,
      displayName: 'David Ellis',
      email: 'david.ellis@goeverbright.com',
      slackMemberId: 'U0DAVIDELL',
    },
    'everbright.fallback-approver': {
      accountId: USERS.fallback,
      displayName: 'Rachel Green',
      email: 'rachel.green@goeverbright.com',
      slackMemberId: 'U0RACHELGR',
    },
    'everbright.onboarding-mailbox': {
      accountId: USERS.mailbox,
      displayName: 'EverBright Onboarding',
      email: 'onboarding@goeverbright.com',
    },
    'everbright.completion-contact': {
      accountId: USERS.james,
      displayName: 'James Carter',
      email: 'james@goeverbright.com',
    },
    'am.maria': { accountId: USERS.amDefault, displayName: 'Maria Lopez', email: 'maria.lopez@goeverbright.com' },
    'am.ken': { accountId: USERS.amSunpower, displayName: 'Ken Watanabe', email: 'ken.watanabe@goeverbright.com' },
    'am.olivia': {
      accountId: USERS.amBrightHomes,
      displayName: 'Olivia Brown',
      email: 'olivia.brown@goeverbright.com',
    },
    'digipost.onboarding': { accountId: USERS.dpOps, displayName: 'Nils Hansen', email: 'nils@digipost.example' },
    'digipost.sales': { accountId: USERS.dpSales, displayName: 'Kari Nordmann', email: 'kari@digipost.example' },
    'sep.team': { accountId: USERS.sepStaff, displayName: 'Ewan SEP', email: 'ewan@sep.example' },
    'sep.eprs': { accountId: USERS.sepKb, displayName: 'Kim EPRS', email: 'kim.eprs@sep.example' },
    'sep.cms': { accountId: USERS.sepCms, displayName: 'Cara CMS', email: 'cara.cms@sep.example' },
    'optergy.sales': { accountId: USERS.optSales, displayName: 'Sally Sales', email: 'sales@optergy.example' },
    'optergy.support': { accountId: USERS.optSupport, displayName: 'Sam Support', email: 'support@optergy.example' },
    'oberix.accounts': { accountId: USERS.optAccounts, displayName: 'Alan Accounts', email: 'accounts@oberix.example' },
    'oberix.marketing': {
      accountId: USERS.optMarketing,
      displayName: 'Mia Marketing',
      email: 'marketing@oberix.example',
    },
  },
  tables: {
    'everbright.account-managers': {
      entries: { 'SunPower Installers': 'am.ken', 'Bright Homes Solar': 'am.olivia' },
      default: 'am.maria',
    },
    // Northfield's content is owned by the SEP team's Ewan for now (no partner-side owner listed yet).
    'sep.content-owners': { entries: { 'Northfield Council': 'sep.team' }, default: 'sep.team' },
  },
};
