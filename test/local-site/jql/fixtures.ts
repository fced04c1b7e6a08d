import { compileJql, type JqlIssue, type JqlSchema } from '../../../local/site/jql';

// 2026-11-25 12:00 UTC is 13:00 in Oslo: "today" there began at 2026-11-24T23:00:00Z.
export const NOW = new Date('2026-11-25T12:00:00Z');

export function schema(overrides: Partial<JqlSchema> = {}): JqlSchema {
  return {
    fieldsByName: {
      'Needs Configuration?': { id: 'customfield_10010', type: 'option', options: ['Integrated Finance', 'Payroll'] },
      'Review date': { id: 'customfield_10020', type: 'date' },
      Seats: { id: 'customfield_10030', type: 'number' },
      Notes: { id: 'customfield_10040', type: 'text' },
      Approver: { id: 'customfield_10050', type: 'user' },
      Systems: { id: 'customfield_10060', type: 'array' },
    },
    propertyAliases: {
      onboardingPlaybook: { propertyKey: 'onboarding-run', path: 'playbook', type: 'string' },
      onboardingStage: { propertyKey: 'onboarding-run', path: 'stage', type: 'string' },
      onboardingNextDue: { propertyKey: 'onboarding-run', path: 'nextDueAt', type: 'date' },
      onboardingAttention: { propertyKey: 'onboarding-run', path: 'attention', type: 'string' },
      onboardingState: { propertyKey: 'onboarding-run', path: 'state', type: 'string' },
    },
    knownValues: {
      projects: ['SS', 'CS'],
      projectNames: { 'Service Desk': 'SS', 'Config Team': 'CS' },
      statuses: ['Open', 'In Progress', 'Waiting for customer', 'Resolved', 'Closed', 'To Do', 'Done'],
      issueTypes: ['Service Request', 'Task'],
    },
    now: NOW,
    timeZone: 'Europe/Oslo',
    currentUser: 'agent-1',
    ...overrides,
  };
}

let seq = 0;
export function issue(over: Partial<JqlIssue> = {}): JqlIssue {
  seq += 1;
  return {
    id: String(10000 + seq),
    key: `SS-${seq}`,
    projectKey: 'SS',
    issueType: 'Service Request',
    status: 'Open',
    statusCategory: 'new',
    resolution: null,
    summary: 'Onboarding request',
    created: '2026-11-20T10:00:00Z',
    updated: '2026-11-20T10:00:00Z',
    resolutiondate: null,
    duedate: null,
    reporter: 'customer-1',
    assignee: null,
    labels: [],
    fields: {},
    properties: {},
    linkedKeys: [],
    watchers: [],
    ...over,
  };
}

/** Keys of the issues the query matches, in the query's order. Fails the test when the query is refused. */
export function search(jql: string, issues: JqlIssue[], s: JqlSchema = schema()): string[] {
  const r = compileJql(jql, s);
  if (!r.ok) throw new Error(`refused: ${r.errorMessages.join(' | ')}`);
  return issues
    .filter((i) => r.query.matches(i))
    .sort((a, b) => r.query.compare(a, b))
    .map((i) => i.key);
}

/** The keys matched, sorted by key (for tests about which, not in what order). */
export function keys(jql: string, issues: JqlIssue[], s: JqlSchema = schema()): string[] {
  return search(jql, issues, s).sort();
}

/** The refusal's messages. Fails the test when the query is accepted. */
export function refusal(jql: string, s: JqlSchema = schema()): string[] {
  const r = compileJql(jql, s);
  if (r.ok) throw new Error(`accepted: ${jql}`);
  return r.errorMessages;
}
