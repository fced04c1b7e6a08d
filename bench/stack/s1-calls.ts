/**
 * Jira calls per complete S1 onboarding, by operation, beside the minimum issue #9 lists; every read with why the
 * app needs it (not in the event payload as Forge documents it, docs/FORGE_EVENTS.md, nor in the app's cache).
 */
import type { Driver } from './driver';
import { operationOf } from './operations';
import { runS1 } from './s1-onboarding';
import { MINIMUM_WRITES } from './minimum-writes';
import { keptIds, restoreIds, type KeptIds } from './warm-ids';

/** Why each read is made; a read not named here is reported as unexplained. */
export const READ_REASONS: Record<string, string> = {
  'getIssue (fields)':
    'new ticket: description and reporter email are not in the created-issue payload; link event: the payload has issue ids only, the CS key and status are read',
  'getIssue (status)':
    'before a transition of a ticket whose status this invocation has not read or set (the event was about another ticket): a transition already made is not sent again; the issue type comes in the same read and picks the kept transition',
  getTransitions:
    'transition ids differ per workflow and status: which transition reaches the target status, when none is kept for (project, issue type, from, to) (KVS, 1 h)',
  getComments:
    'before a comment whose attempt the ledger already holds: that attempt may have posted and died before the ledger was saved',
  getFields:
    'the field ids of "Organizations", "Request Type" and the playbook\'s select fields, when not kept yet (KVS, 24 h)',
  getServiceDesks:
    'the service desk id of the project (request types and organizations hang off it), when not kept yet',
  getOrganizations: 'the site-wide organization list: the installer named is not on the desk (new partner)',
  'getOrganizations (service desk)':
    "the desk's own organizations: the installer's organization id, and whether the desk has it (then no addOrganization), when not kept yet",
  getRequestTypes: "the request type id for the playbook's request type name, when not kept yet",
  searchJql:
    'the answer email: which runs wait for an approval (JQL on the indexed run property); the due tick: which runs are due',
  getComment: 'read back a posted comment whose answer does not say whether it is internal (not a service desk)',
  findUsers: 'an account id for an email address the playbook names',
  getUser: "the approver's account, active or not, before the app asks or chases them (approver availability, ad97d08)",
};

export interface S1Calls {
  phases: { name: string; reads: number; writes: number }[];
  byOperation: { operation: string; reads: number; writes: number }[];
  writes: number;
  reads: number;
  minimumWrites: Record<string, number>;
  minimum: number;
  ratio: number;
  readReasons: { operation: string; count: number; why: string }[];
  hourlySearches: number;
  nextDueChanges: number;
}

/**
 * With `warm`, the ids a first onboarding kept are put back after the reset (a site the app has worked on); `keep`
 * collects the ids this onboarding kept, after each phase (a 24 h entry from the intake is gone 25 h later).
 */
export async function measureS1Calls(d: Driver, warm?: KeptIds, keep?: Map<string, unknown>): Promise<S1Calls> {
  await d.reset();
  if (warm) await restoreIds(warm);
  // The run's next due time after every invocation: the property is owed one write per change. Sampling per phase
  // alone missed changes made and undone within one phase (the CS-ticket timeout, set at intake, cleared by the link).
  const dues: (string | undefined)[] = [undefined];
  const sample = (): void => {
    const record = Object.values(d.stack.runtime.kvsDump())
      .map((space) => space['run:SS-1'] as { run?: { state?: string; nextDueAt?: string } } | undefined)
      .find((r) => r !== undefined);
    const due = record?.run?.state === 'active' ? record.run.nextDueAt : undefined;
    if (dues.at(-1) !== due) dues.push(due);
  };
  const stopSampling = d.afterInvocation(sample);
  const { phases, hourlySearches } = await runS1(d, async () => {
    if (keep) for (const { key, value } of await keptIds()) keep.set(key, value);
    sample();
  }).finally(stopSampling);
  const nextDueChanges = dues.length - 1;

  const all = phases.flatMap((p) => p.calls);
  const ops = all.map(operationOf);
  const byName = new Map<string, { reads: number; writes: number }>();
  for (const o of ops) {
    const row = byName.get(o.name) ?? { reads: 0, writes: 0 };
    if (o.write) row.writes += 1;
    else row.reads += 1;
    byName.set(o.name, row);
  }
  const minimumWrites: Record<string, number> = {
    ...MINIMUM_WRITES['everbright-partner-onboarding'],
    'run-summary property, per change of next due time': nextDueChanges,
  };
  const minimum = Object.values(minimumWrites).reduce((a, b) => a + b, 0);
  const writes = ops.filter((o) => o.write).length;
  const reads = ops.length - writes;
  return {
    phases: phases.map((p) => {
      const w = p.calls.filter((c) => operationOf(c).write).length;
      return { name: p.name, writes: w, reads: p.calls.length - w };
    }),
    byOperation: [...byName].map(([operation, r]) => ({ operation, ...r })),
    writes,
    reads,
    minimumWrites,
    minimum,
    ratio: (writes + reads) / minimum,
    readReasons: [...byName]
      .filter(([, r]) => r.reads > 0)
      .map(([operation, r]) => ({ operation, count: r.reads, why: READ_REASONS[operation] ?? 'UNEXPLAINED' })),
    hourlySearches,
    nextDueChanges,
  };
}
