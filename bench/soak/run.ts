/**
 * `npm run soak`: the fault-injection soak (bench/soak/soak.ts). Prints what it checked, writes
 * bench/results/soak.json (git-ignored) and exits 1 on any violation. SOAK_RUNS, SOAK_SEED, SOAK_MAX_MS change the
 * defaults (200 runs, seed 1, 5 minutes); a failing run replays alone with SOAK_RUNS=1 SOAK_SEED=<its seed>
 * (and SOAK_SCRIPT=<name> when it was not the first script, SOAK_STORM_EVERY=1 when it was a storm run).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSoak } from './print';
import { DEFAULT_SOAK, runSoak } from './soak';
import { scriptsForBuiltins } from './scripts';

async function main(): Promise<number> {
  const only = process.env.SOAK_SCRIPT;
  const scripts = scriptsForBuiltins().scripts.filter((s) => !only || s.name === only);
  // The app's progress lines and the Jira client's retry notes: thousands under faults.
  console.info = () => undefined;
  console.warn = () => undefined;
  const report = await runSoak({
    runs: Number(process.env.SOAK_RUNS ?? DEFAULT_SOAK.runs),
    seed: Number(process.env.SOAK_SEED ?? DEFAULT_SOAK.seed),
    maxMs: Number(process.env.SOAK_MAX_MS ?? DEFAULT_SOAK.maxMs),
    stormEvery: Number(process.env.SOAK_STORM_EVERY ?? DEFAULT_SOAK.stormEvery),
    scripts,
    onRun: (r) => {
      if (r.index % 20 === 0 || r.violations.length > 0)
        console.log(`run ${r.index} ${r.script} seed ${r.seed}: ${r.ms} ms, ${r.violations.length} violations`);
    },
  });
  printSoak(report);
  const dir = join(__dirname, '..', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'soak.json');
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), ...report }, null, 2)}\n`);
  console.log(`written to ${file}`);
  return report.violations.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
