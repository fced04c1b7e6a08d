/**
 * The soak: the built-in playbooks' scripts run again and again on fresh local stacks with faults injected (429 with
 * Retry-After, 5xx, timeouts on Jira calls; product events duplicated and reordered), each run seeded so it can be
 * replayed alone. Every run must end as its script expects and leave exactly what a fault-free run of the same
 * script leaves.
 */
import { performance } from 'node:perf_hooks';
import {
  customerMessages,
  duplicates,
  FAULT_KINDS,
  faultsSeen,
  lostEvents,
  type Duplicates,
  type FaultCounts,
} from './checks';
import { differences, fingerprint, type Fingerprint } from './fingerprint';
import { people } from './people';
import { scriptsForBuiltins, type Script } from './scripts';
import { openSoakStack } from './stack';

export interface SoakOptions {
  runs: number;
  /** The first run's seed; run i uses seed + i (for both the site's faults and the runtime's deliveries). */
  seed: number;
  /** Stops starting new runs after this long; runs not started count as a violation. */
  maxMs: number;
  rate429: number;
  rate5xx: number;
  rateTimeout: number;
  retryAfterSeconds: number;
  duplicateRate: number;
  /** Share of the app's comments followed by a 429 (Retry-After 30 s) on its next call: a decision left half done. */
  midDecision429Rate: number;
  /**
   * Every `stormEvery`-th run (0: none) uses these instead: a Retry-After longer than the Jira client waits out
   * (20 s) and more failures, so errors reach the app's own retry through its queue, which the ledger guards.
   */
  storm: { rate429: number; rate5xx: number; rateTimeout: number; retryAfterSeconds: number };
  stormEvery: number;
  scripts?: readonly Script[];
  onRun?: (r: RunResult) => void;
}

export const DEFAULT_SOAK: SoakOptions = {
  runs: 200,
  seed: 1,
  maxMs: 5 * 60_000,
  rate429: 0.04,
  rate5xx: 0.04,
  rateTimeout: 0.02,
  retryAfterSeconds: 2,
  duplicateRate: 0.3,
  midDecision429Rate: 0.5,
  storm: { rate429: 0.08, rate5xx: 0.1, rateTimeout: 0.05, retryAfterSeconds: 30 },
  stormEvery: 3,
};

export interface RunResult {
  index: number;
  script: string;
  storm: boolean;
  seed: number;
  ms: number;
  faults: FaultCounts;
  duplicates: Duplicates;
  undeclaredCustomerMessages: number;
  lostEvents: number;
  peopleRetries: number;
  eventsRequeued: number;
  failedQueueAttempts: number;
  violations: string[];
}

export interface SoakReport {
  options: Omit<SoakOptions, 'scripts' | 'onRun'>;
  scripts: string[];
  builtinsWithoutDriver: string[];
  runs: RunResult[];
  runsByScript: Record<string, number>;
  stormRuns: number;
  /** App-level retries: product events the app handed to its run-work queue, and queue attempts that failed. */
  queueRetries: { eventsRequeued: number; failedAttempts: number };
  reachedEnd: number;
  duplicates: Duplicates;
  undeclaredCustomerMessages: number;
  lostEvents: number;
  /** Faults injected, and those injected into runs that passed every check. */
  faults: Record<string, { injected: number; survived: number }>;
  wallMs: number;
  stoppedByTimeBound: boolean;
  violations: string[];
}

interface Played {
  result: RunResult;
  print: Fingerprint;
}

type Profile = 'none' | 'steady' | 'storm';

async function playOnce(
  script: Script,
  index: number,
  seed: number,
  o: SoakOptions,
  profile: Profile,
  base?: Fingerprint,
): Promise<Played> {
  const faulty = profile !== 'none';
  const rates = profile === 'storm' ? o.storm : o;
  const started = performance.now();
  const stack = await openSoakStack({
    duplicateRate: faulty ? o.duplicateRate : 0,
    midDecision429Rate: faulty ? o.midDecision429Rate : 0,
    seed,
  });
  const p = people(stack);
  const violations: string[] = [];
  try {
    if (faulty)
      stack.site.setFaults({
        rate429: rates.rate429,
        rate5xx: rates.rate5xx,
        rateTimeout: rates.rateTimeout,
        retryAfterSeconds: rates.retryAfterSeconds,
        seed,
      });
    let key: string | undefined;
    try {
      key = await script.play(p);
    } catch (e) {
      violations.push(`the script could not go on: ${e instanceof Error ? e.message : String(e)}`);
    }
    stack.site.setFaults({});
    if (key) violations.push(...(await script.checkEnd(p, key)).map((v) => `end: ${v}`));
    const print = fingerprint(stack);
    const dups = duplicates(stack, print, base ?? print);
    const messages = customerMessages(stack, script.declaredCustomerMessages);
    const lost = lostEvents(stack);
    violations.push(...messages, ...lost.map((l) => `event lost: ${l}`));
    violations.push(...stack.site.specViolations().map((s) => `site: ${s}`));
    for (const [kind, n] of Object.entries(dups)) if (n > 0) violations.push(`${n} duplicate ${kind}`);
    if (base) violations.push(...differences(base, print).map((d) => `differs from the fault-free run: ${d}`));
    const result: RunResult = {
      index,
      script: script.name,
      storm: profile === 'storm',
      seed,
      ms: Math.round(performance.now() - started),
      faults: { ...faultsSeen(stack), 'mid-decision 429': stack.midDecision429.injected },
      duplicates: dups,
      undeclaredCustomerMessages: messages.filter((m) => m.startsWith('undeclared')).length,
      lostEvents: lost.length,
      peopleRetries: p.retries,
      eventsRequeued: stack.invocations.filter((x) => x.kind === 'issueEvent' && x.retryCount === 0).length,
      failedQueueAttempts: stack.invocations.filter((x) => x.handler === 'handleRunWork' && !x.ok).length,
      violations,
    };
    return { result, print };
  } finally {
    stack.stop();
  }
}

export async function runSoak(options: Partial<SoakOptions> = {}): Promise<SoakReport> {
  const o: SoakOptions = { ...DEFAULT_SOAK, ...options };
  const found = scriptsForBuiltins();
  const scripts = o.scripts ?? found.scripts;
  const started = performance.now();
  const violations: string[] = [];
  const baselines = new Map<string, Fingerprint>();
  for (const s of scripts) {
    const { result, print } = await playOnce(s, -1, o.seed, o, 'none');
    violations.push(...result.violations.map((v) => `${s.name} fault-free: ${v}`));
    baselines.set(s.name, print);
  }
  const runs: RunResult[] = [];
  let stoppedByTimeBound = false;
  for (let i = 0; i < o.runs; i += 1) {
    if (performance.now() - started > o.maxMs) {
      stoppedByTimeBound = true;
      violations.push(`time bound of ${o.maxMs} ms reached after ${i} of ${o.runs} runs`);
      break;
    }
    const script = scripts[i % scripts.length];
    if (!script) break;
    const storm = o.stormEvery > 0 && i % o.stormEvery === o.stormEvery - 1;
    const { result } = await playOnce(script, i, o.seed + i, o, storm ? 'storm' : 'steady', baselines.get(script.name));
    runs.push(result);
    o.onRun?.(result);
    violations.push(...result.violations.map((v) => `run ${i} (${script.name}, seed ${result.seed}): ${v}`));
  }
  const sum = (f: (r: RunResult) => number): number => runs.reduce((n, r) => n + f(r), 0);
  const passed = runs.filter((r) => r.violations.length === 0);
  const faults = Object.fromEntries(
    FAULT_KINDS.map((k) => [
      k,
      { injected: sum((r) => r.faults[k]), survived: passed.reduce((n, r) => n + r.faults[k], 0) },
    ]),
  );
  const { scripts: _s, onRun: _o, ...shown } = o;
  return {
    options: shown,
    scripts: scripts.map((s) => s.name),
    builtinsWithoutDriver: found.withoutDriver,
    runs,
    runsByScript: Object.fromEntries(scripts.map((s) => [s.name, runs.filter((r) => r.script === s.name).length])),
    stormRuns: runs.filter((r) => r.storm).length,
    queueRetries: { eventsRequeued: sum((r) => r.eventsRequeued), failedAttempts: sum((r) => r.failedQueueAttempts) },
    reachedEnd: runs.filter((r) => !r.violations.some((v) => v.startsWith('end:') || v.startsWith('the script')))
      .length,
    duplicates: {
      comments: sum((r) => r.duplicates.comments),
      watchers: sum((r) => r.duplicates.watchers),
      links: sum((r) => r.duplicates.links),
      transitions: sum((r) => r.duplicates.transitions),
    },
    undeclaredCustomerMessages: sum((r) => r.undeclaredCustomerMessages),
    lostEvents: sum((r) => r.lostEvents),
    faults,
    wallMs: Math.round(performance.now() - started),
    stoppedByTimeBound,
    violations,
  };
}
