// What each built-in's happy path must write to Jira, by name: the denominator of the calls-per-onboarding ratio.

/** The writes a playbook's happy path cannot do without (besides the property writes counted per run). */
export const MINIMUM_WRITES: Record<string, Record<string, number>> = {
  'everbright-partner-onboarding': {
    'edit SS (organization, reporter, request type, select)': 1,
    watchers: 2,
    'approval question': 1,
    'chase comment': 1,
    'duplicate link': 1,
    'close the duplicate': 1,
    'CS back to To Do': 1,
    'SS to Waiting for support (twice)': 2,
    'live notice': 1,
    'SS closed': 1,
  },
  'digipost-sender-onboarding': {
    'note to sales: nothing is configured before the signed agreement (internal comment)': 1,
    'launch message to the vendor (the one public comment)': 1,
  },
  'optergy-multisite-licence': {
    'assign to sales': 1,
    'tag sales (internal comment)': 1,
    'back to the unassigned queue': 1,
    'note: back in the queue (internal comment)': 1,
    'assign to the support person who picked it up': 1,
    'tell the client (the one public comment)': 1,
    'resolve the ticket': 1,
  },
  // Small SI, Week A (bench/soak/scripts/s3-si-onboarding.ts): week 0 and the touchpoints are people's work.
  'optergy-si-onboarding': {
    'the SI contact as a request participant': 1,
    'the "New SI" note to sales, support, accounts and marketing (internal comment)': 1,
    'customer messages, Mon/Wed/Fri weeks 1-5 (Good Friday and Easter Monday fall on one Tuesday)': 14,
    'onboarding complete (internal comment)': 1,
    'resolve the ticket': 1,
  },
  // The soak's S2 script is the "Partner removed from SEP" flow; the registry change is KVS, not Jira.
  'sep-partner-lifecycle': {
    'tell the partner (the one public comment of this flow)': 1,
    'resolve the ticket': 1,
  },
};
