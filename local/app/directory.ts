// The people directory the local site's app starts with: the site's seeded users in the S1 and S4 roles
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
  },
  tables: {
    'everbright.account-managers': {
      entries: { 'SunPower Installers': 'am.ken', 'Bright Homes Solar': 'am.olivia' },
      default: 'am.maria',
    },
  },
};
