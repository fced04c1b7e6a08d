// A short soak (bench/soak): 20 seeded runs of the built-in scripts under 429, 5xx, timeouts, duplicated and
// reordered events. `npm run soak` is the long one (200 runs, docs/RELIABILITY.md).
import { runSoak, type SoakReport } from '../../bench/soak/soak';
import { scriptsForBuiltins } from '../../bench/soak/scripts';

let report: SoakReport;
const info = console.info;
const warn = console.warn;
beforeAll(async () => {
  console.info = () => undefined;
  console.warn = () => undefined;
  // npm run soak's rates; other seeds than its own, so the two together cover more.
  report = await runSoak({ runs: 20, seed: 1000, maxMs: 170_000 });
}, 180_000);
afterAll(() => {
  console.info = info;
  console.warn = warn;
});

test('every run ends as its script expects and as the fault-free run did, with nothing duplicated or lost', () => {
  expect(report.violations).toEqual([]);
  expect(report.runs).toHaveLength(20);
  expect(report.reachedEnd).toBe(20);
  expect(report.duplicates).toEqual({ comments: 0, watchers: 0, links: 0, transitions: 0 });
  expect(report.undeclaredCustomerMessages).toBe(0);
  expect(report.lostEvents).toBe(0);
});

test('the runs cover every built-in with a driver, every kind of fault was injected, the queue retried', () => {
  expect(Object.keys(report.runsByScript).sort()).toEqual(
    scriptsForBuiltins()
      .scripts.map((s) => s.name)
      .sort(),
  );
  for (const n of Object.values(report.runsByScript)) expect(n).toBeGreaterThanOrEqual(20 / 4);
  for (const [kind, f] of Object.entries(report.faults)) {
    expect([kind, f.injected > 0]).toEqual([kind, true]);
    expect([kind, f.survived]).toEqual([kind, f.injected]);
  }
  // Decisions left half done were finished by the app's queue: the path the idempotency ledger guards.
  expect(report.queueRetries.eventsRequeued).toBeGreaterThan(0);
});
