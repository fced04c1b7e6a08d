/** The soak's report as text. */
import { fmt, table } from '../table';
import type { SoakReport } from './soak';

export function printSoak(r: SoakReport): void {
  const o = r.options;
  console.log(
    `\nSoak: ${r.runs.length} runs (${Object.entries(r.runsByScript)
      .map(([s, n]) => `${s} ${n}`)
      .join(
        ', ',
      )}) in ${fmt(r.wallMs)} ms; faults per Jira call: 429 ${o.rate429} (Retry-After ${o.retryAfterSeconds} s), ` +
      `5xx ${o.rate5xx}, timeout ${o.rateTimeout}; every ${o.stormEvery}rd run a storm (${r.stormRuns} runs: 429 ${o.storm.rate429}, ` +
      `Retry-After ${o.storm.retryAfterSeconds} s, 5xx ${o.storm.rate5xx}, timeout ${o.storm.rateTimeout}); a 429 (Retry-After 30 s) after ${o.midDecision429Rate} of the app's comments; product events duplicated (and reordered) ${o.duplicateRate}; seeds ${o.seed}..${o.seed + r.runs.length - 1}`,
  );
  if (r.builtinsWithoutDriver.length > 0)
    console.log(`built-in playbooks without a soak driver (not run): ${r.builtinsWithoutDriver.join(', ')}`);
  console.log(
    table(
      ['check', 'result'],
      [
        ['runs that reached the end their script expects', `${fmt(r.reachedEnd)} / ${fmt(r.runs.length)}`],
        ['duplicate comments', fmt(r.duplicates.comments)],
        ['duplicate watchers', fmt(r.duplicates.watchers)],
        ['duplicate links', fmt(r.duplicates.links)],
        ['duplicate transitions', fmt(r.duplicates.transitions)],
        ['undeclared customer messages', fmt(r.undeclaredCustomerMessages)],
        ['events lost', fmt(r.lostEvents)],
        ['product events the app retried through its queue', fmt(r.queueRetries.eventsRequeued)],
        ['queue attempts that failed (and were retried)', fmt(r.queueRetries.failedAttempts)],
        ['violations', fmt(r.violations.length)],
      ],
    ),
  );
  console.log('\nfaults injected, and survived (in runs that passed every check)');
  console.log(
    table(
      ['fault', 'injected', 'survived'],
      Object.entries(r.faults).map(([k, v]) => [k, fmt(v.injected), fmt(v.survived)]),
    ),
  );
  for (const v of r.violations.slice(0, 30)) console.log(`VIOLATION ${v}`);
  if (r.violations.length > 30) console.log(`... and ${r.violations.length - 30} more (in the JSON)`);
}
