/** The figures measured on the local stack (site + Forge runtime + the app's handlers), printed as tables. */
import { fmt, table } from '../table';
import { startDriver } from './driver';
import { measureIntakeLatency, type IntakeLatency } from './intake-latency';
import { measureS1Calls, type S1Calls } from './s1-calls';
import { measureTick, type TickResult } from './tick';

export interface StackFigures {
  /** The first onboarding after install (no ids kept yet). */
  s1: S1Calls;
  /** The same onboarding with the ids the first one kept in KVS (src/storage/jira-ids.ts). */
  s1Warm: S1Calls;
  intake: IntakeLatency;
  intakeWarm: IntakeLatency;
  ticks: TickResult[];
}

export async function stackFigures(openRuns: readonly number[]): Promise<StackFigures> {
  const d = await startDriver();
  // The app logs each run's progress: not wanted between the tables.
  const info = console.info;
  console.info = () => undefined;
  try {
    const keep = new Map<string, unknown>();
    const s1 = await measureS1Calls(d, undefined, keep);
    const kept = [...keep].map(([key, value]) => ({ key, value }));
    const s1Warm = await measureS1Calls(d, kept);
    const intake = await measureIntakeLatency(d);
    const intakeWarm = await measureIntakeLatency(d, 100, kept);
    const ticks: TickResult[] = [];
    for (const open of openRuns) ticks.push(await measureTick(d, open));
    return { s1, s1Warm, intake, intakeWarm, ticks };
  } finally {
    console.info = info;
    d.stop();
  }
}

export function printStack(f: StackFigures): void {
  printS1(f.s1, 'first onboarding after install');
  printS1(f.s1Warm, 'with the ids a first onboarding kept (warm cache)');
  for (const [i, label] of [
    [f.intake, 'cold'],
    [f.intakeWarm, 'warm'],
  ] as const)
    console.log(
      `\nS1 intake (${label}) with ${i.latencyMs} ms per Jira call: ${i.calls} calls in ${i.roundTrips} round trips (${fmt(i.jiraWaitMs)} ms waiting for Jira); calls per round trip: ${i.waves.join(', ')}`,
    );
  printTicks(f);
}

function printS1(s1: S1Calls, label: string): void {
  console.log(`\nS1 onboarding (${label}), Jira calls of the app (runtime event-payload reads left out), by phase`);
  console.log(
    table(
      ['phase', 'writes', 'reads'],
      [...s1.phases.map((p) => [p.name, fmt(p.writes), fmt(p.reads)]), ['total', fmt(s1.writes), fmt(s1.reads)]],
    ),
  );
  console.log('\nby operation');
  console.log(
    table(
      ['operation', 'writes', 'reads'],
      s1.byOperation.map((o) => [o.operation, fmt(o.writes), fmt(o.reads)]),
    ),
  );
  console.log('\nminimum (issue #9): writes that must happen');
  console.log(
    table(
      ['write', 'count'],
      Object.entries(s1.minimumWrites).map(([k, v]) => [k, fmt(v)]),
    ),
  );
  console.log(
    `\ncalls ${s1.writes + s1.reads} (writes ${s1.writes}, reads ${s1.reads}) / minimum ${s1.minimum} = ratio ${s1.ratio.toFixed(2)} (goal 1.0); ` +
      `hourly due-runs searches with nothing due, not counted: ${s1.hourlySearches}`,
  );
  console.log('\nreads and why');
  for (const r of s1.readReasons) console.log(`- ${r.operation} x${r.count}: ${r.why}`);
}

function printTicks(f: StackFigures): void {
  console.log('\nOne hourly due-runs tick, 1% of the open runs due');
  console.log(
    table(
      [
        'open runs',
        'due',
        'Jira calls',
        'per due run',
        'searches',
        'tick ms',
        'idle tick calls',
        'idle tick ms',
        'seed ms',
      ],
      f.ticks.map((t) => [
        fmt(t.open),
        fmt(t.due),
        fmt(t.calls),
        t.callsPerDueRun.toFixed(2),
        fmt(t.searches),
        fmt(t.ms),
        fmt(t.idleTickCalls),
        fmt(t.idleTickMs),
        fmt(t.seedMs),
      ]),
    ),
  );
  for (const t of f.ticks)
    console.log(
      `  ${fmt(t.open)} open: ${Object.entries(t.byOperation)
        .map(([op, n]) => `${op} ${n}`)
        .join(', ')}`,
    );
}
