/**
 * Jira calls per complete onboarding for every built-in playbook with a scripted driver (bench/soak/scripts), on a
 * fresh local stack without faults: every call the app made (as itself, and as the invoking user in resolvers),
 * beside the minimum (the writes that must happen, and one run-summary property write per change of the run's next
 * due time), with every read and why it is needed.
 */
import { people } from '../soak/people';
import { scriptsForBuiltins, type Script } from '../soak/scripts';
import { s3SiOnboarding } from '../soak/scripts/s3-si-onboarding';
import { openSoakStack } from '../soak/stack';
import { operationOf } from './operations';
import { MINIMUM_WRITES } from './minimum-writes';
import { READ_REASONS } from './s1-calls';

const MORE_REASONS: Record<string, string> = {
  getComment:
    "a comment event: Forge's payload does not say whether the comment is internal (a vendor's sign-off counts only from their own public comment); also a posted comment's visibility where the answer lacks it",
  getMyPermissions:
    'a panel action, asked as the caller: may they edit this issue (never cached: permissions change at any time)',
  getUser:
    "a panel action by someone outside the people directory: their display name for the run's history, read once a day per person (KVS); S1: whether the approver's account is still active, before asking, chasing or escalating to them",
};

export interface PlaybookCalls {
  playbook: string;
  script: string;
  writes: number;
  reads: number;
  /** Calls made as the invoking user (resolvers), included in reads/writes. */
  asUser: number;
  minimumWrites: Record<string, number>;
  nextDueChanges: number;
  /** Hourly due-runs searches that found nothing: the scheduler's, not counted. */
  idleHourlySearches: number;
  minimum: number;
  ratio: number;
  byOperation: { operation: string; reads: number; writes: number }[];
  readReasons: { operation: string; count: number; why: string }[];
}

export interface AllPlaybookCalls {
  measured: PlaybookCalls[];
  withoutDriver: string[];
}

export async function measurePlaybookCalls(): Promise<AllPlaybookCalls> {
  const builtins = scriptsForBuiltins();
  // Drivers too slow for the soak's repetitions, measured here once.
  const longer = [s3SiOnboarding].filter((s) => builtins.withoutDriver.includes(s.playbookId));
  const scripts: Script[] = [...builtins.scripts, ...longer];
  const withoutDriver = builtins.withoutDriver.filter((id) => !longer.some((s) => s.playbookId === id));
  const measured: PlaybookCalls[] = [];
  for (const script of scripts) {
    const stack = await openSoakStack({ duplicateRate: 0, seed: 1 });
    // The next due time of every run as each invocation starts (the one before has ended: the local runtime runs
    // one at a time) and after each settle: the property is owed one write per change. Sampling per settle alone
    // missed changes made and undone within one settle (S1's CS-ticket timeout, set at intake, cleared by the link).
    const dues = new Map<string, (string | undefined)[]>();
    const sample = (): void => {
      for (const space of Object.values(stack.runtime.kvsDump()))
        for (const [key, value] of Object.entries(space)) {
          if (!key.startsWith('run:')) continue;
          const run = (value as { run?: { state?: string; nextDueAt?: string } }).run;
          const list = dues.get(key) ?? [undefined];
          const due = run?.state === 'active' ? run.nextDueAt : undefined;
          if (list.at(-1) !== due) list.push(due);
          dues.set(key, list);
        }
    };
    const started = stack.invocations.push.bind(stack.invocations);
    stack.invocations.push = (...entries) => {
      sample();
      return started(...entries);
    };
    const settle = stack.settle.bind(stack);
    stack.settle = async () => {
      await settle();
      sample();
    };
    try {
      const p = people(stack);
      const key = await script.play(p);
      // A count of a path that went wrong would be a wrong figure: the script must reach its end.
      const problems = await script.checkEnd(p, key);
      if (problems.length > 0) throw new Error(`${script.name} did not reach its end: ${problems.join('; ')}`);
    } finally {
      stack.stop();
    }
    const nextDueChanges = [...dues.values()].reduce((n, l) => n + l.length - 1, 0);
    // The hourly trigger's search is the scheduler's cost of the hour, shared by all runs: only the searches of
    // ticks that found a due run (each pushed one 'due' job) are this onboarding's.
    const dueJobs = stack.invocations.filter((i) => i.kind === 'due' && i.retryCount === 0).length;
    const hourly = stack.appCalls.filter((c) => c.module === 'due-runs-hourly');
    const counted = [...stack.appCalls.filter((c) => c.module !== 'due-runs-hourly'), ...hourly.slice(0, dueJobs)];
    const ops = counted.map((c) => ({ ...operationOf({ n: 0, ...c }), as: c.as }));
    const byName = new Map<string, { reads: number; writes: number }>();
    for (const o of ops) {
      const row = byName.get(o.name) ?? { reads: 0, writes: 0 };
      if (o.write) row.writes += 1;
      else row.reads += 1;
      byName.set(o.name, row);
    }
    const minimumWrites = {
      ...(MINIMUM_WRITES[script.playbookId] ?? {}),
      'run-summary property, per change of next due time': nextDueChanges,
    };
    const minimum = Object.values(minimumWrites).reduce((a, b) => a + b, 0);
    const writes = ops.filter((o) => o.write).length;
    measured.push({
      playbook: script.playbookId,
      script: script.name,
      writes,
      reads: ops.length - writes,
      asUser: ops.filter((o) => o.as === 'user').length,
      minimumWrites,
      nextDueChanges,
      idleHourlySearches: hourly.length - Math.min(dueJobs, hourly.length),
      minimum,
      ratio: ops.length / minimum,
      byOperation: [...byName].map(([operation, r]) => ({ operation, ...r })),
      readReasons: [...byName]
        .filter(([, r]) => r.reads > 0)
        .map(([operation, r]) => ({
          operation,
          count: r.reads,
          why: MORE_REASONS[operation] ?? READ_REASONS[operation] ?? 'UNEXPLAINED',
        })),
    });
  }
  return { measured, withoutDriver };
}
