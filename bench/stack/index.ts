/** The figures measured on the local stack (site + Forge runtime + the app's handlers), printed as tables. */
import { fmt, table } from '../table';
import { startDriver } from './driver';
import { measureIntakeLatency, type IntakeLatency } from './intake-latency';
import { measureS1Calls, type S1Calls } from './s1-calls';
import { measureTick, type TickResult } from './tick';

export interface StackFigures {
  s1: S1Calls;
  intake: IntakeLatency;
  ticks: TickResult[];
}

export async function stackFigures(openRuns: readonly number[]): Promise<StackFigures> {
  const d = await startDriver();
  // The app logs each run's progress: not wanted between the tables.
  const info = console.info;
  console.info = () => undefined;
  try {
    const s1 = await measureS1Calls(d);
    const intake = await measureIntakeLatency(d);
    const ticks: TickResult[] = [];
    for (const open of openRuns) ticks.push(await measureTick(d, open));
    return { s1, intake, ticks };
  } finally {
    console.info = info;
    d.stop();
  }
}

export function printStack(f: StackFigures): void {
  const { s1 } = f;
  console.log('S1 onboarding, Jira calls of the app (runtime event-payload reads left out), by phase');
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
  const i = f.intake;
  console.log(
    `\nS1 intake with ${i.latencyMs} ms per Jira call: ${i.calls} calls in ${i.roundTrips} round trips (${fmt(i.jiraWaitMs)} ms waiting for Jira); calls per round trip: ${i.waves.join(', ')}`,
  );
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
