/** The bench's later parts (issue #9): calls per playbook, a simulated year, time to interactive, admin savings. */
import { measurePlaybookCalls, type AllPlaybookCalls } from './stack/playbook-calls';
import { savings, type Savings } from './savings';
import { fmt, table } from './table';
import { measureTti, type TtiResult } from './tti';
import { simulateYear, type YearResult } from './year';

export interface ExtraFigures {
  calls?: AllPlaybookCalls;
  year?: YearResult;
  tti?: TtiResult;
  savings?: Savings;
}

export async function extraFigures(parts: ReadonlySet<string>): Promise<ExtraFigures> {
  const out: ExtraFigures = {};
  const info = console.info;
  console.info = () => undefined; // the app's progress lines
  try {
    if (parts.has('calls')) out.calls = await measurePlaybookCalls();
  } finally {
    console.info = info;
  }
  if (parts.has('year')) out.year = simulateYear(Number(process.env.BENCH_YEAR_RUNS ?? 1000));
  if (parts.has('tti')) out.tti = await measureTti(Number(process.env.BENCH_TTI_LOADS ?? 6));
  if (parts.has('savings')) out.savings = savings();
  return out;
}

export function printExtra(f: ExtraFigures): void {
  if (f.calls) {
    console.log('\nJira calls per complete onboarding, every built-in with a scripted driver (bench/soak/scripts)');
    console.log(
      table(
        ['playbook', 'writes', 'reads', 'of which as the user', 'calls', 'minimum', 'ratio'],
        f.calls.measured.map((m) => [
          m.script,
          fmt(m.writes),
          fmt(m.reads),
          fmt(m.asUser),
          fmt(m.writes + m.reads),
          fmt(m.minimum),
          m.ratio.toFixed(2),
        ]),
      ),
    );
    for (const m of f.calls.measured) {
      console.log(`\n${m.script}: minimum ${JSON.stringify(m.minimumWrites)}`);
      console.log(`  by operation: ${m.byOperation.map((o) => `${o.operation} ${o.writes + o.reads}`).join(', ')}`);
      console.log(`  hourly searches with nothing due, not counted: ${m.idleHourlySearches}`);
      for (const r of m.readReasons) console.log(`  - ${r.operation} x${r.count}: ${r.why}`);
    }
    if (f.calls.withoutDriver.length > 0)
      console.log(`\nbuilt-ins without a scripted driver (not measured): ${f.calls.withoutDriver.join(', ')}`);
  }
  if (f.year) {
    const y = f.year;
    console.log(
      `\nA simulated year through decide(): ${fmt(y.runs)} runs (${Object.entries(y.byPlaybook)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}), ${fmt(y.events)} events + ${fmt(y.ticks)} due ticks, ${fmt(y.commands)} commands; ` +
        `${fmt(y.completed)} completed; ${fmt(y.wallMs)} ms wall; peak RSS ${y.peakRssMb} MB, peak heap ${y.peakHeapMb} MB; ` +
        `runs stored ${fmt(y.storedKb)} KB`,
    );
  }
  if (f.tti) {
    console.log('\nTime to interactive in headless chromium (first load cold, then the median of the others)');
    console.log(
      table(
        ['page', 'until visible', 'cold ms', 'median ms', 'fastest', 'slowest', 'loads'],
        f.tti.pages.map((p) => [
          p.page,
          p.until,
          fmt(p.coldMs),
          fmt(p.medianMs),
          fmt(p.minMs),
          fmt(p.maxMs),
          fmt(p.loads),
        ]),
      ),
    );
    for (const s of f.tti.skipped) console.log(`skipped: ${s}`);
  }
  if (f.savings) {
    const s = f.savings;
    console.log('\nWhat an admin saves: Jira Automation rule runs of an equivalent rule set, per onboarding');
    console.log(
      table(
        ['playbook', 'rule runs', ...s.quotas.map((q) => `onboardings/month in ${q.product} (${fmt(q.runsPerMonth)})`)],
        s.rules.map((r) => [
          r.playbook,
          fmt(r.runsPerOnboarding),
          ...s.quotas.map((q) => fmt(Math.floor(q.runsPerMonth / r.runsPerOnboarding))),
        ]),
      ),
    );
    console.log('The app spends no rule runs: its handlers are Forge functions, not Automation rules.');
    console.log(
      `Clerical agent actions per S1 onboarding: by hand (seed document) ${s.clerical.byHand}, with the app ${s.clerical.withApp}`,
    );
  }
}
