// The insight tab and the playbook table read per-playbook aggregates kept as runs are saved: on generated runs,
// saved many at once and changed several times each, they answer exactly what the full scan of every run computes.
import { insightOf } from '../../src/app/admin/insight-figures';
import type { Run } from '../../src/domain/engine';
import type { Insight } from '../../src/shared/admin-contracts';
import { saveRunRecord } from '../../src/storage';
import { everyRun, INSIGHT_BUILT_KEY, InsightBusy } from '../../src/storage/insight';
import { deleteValue, getValue, setValue } from '../../src/storage/kv';
import { BOB, EVERBRIGHT, s1Body, useAdminStack } from './admin-harness';
import { START } from './stack';

const s = useAdminStack();
const HOUR = 3_600_000;

/** mulberry32: the same runs every time. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const at = (hours: number): string => new Date(START.getTime() + hours * HOUR).toISOString();

/** One state of a generated run: random state, stage, step progress, approvals and due dates around now. */
function variant(base: Run, issueKey: string, playbookId: string, r: () => number): Run {
  const ids = Object.keys(base.steps);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const steps = Object.fromEntries(
    ids.map((id) => {
      const status = pick(['pending', 'active', 'done', 'done'] as const);
      const start = Math.floor(r() * 200);
      const step: Run['steps'][string] = { status };
      if (status !== 'pending') step.startedAt = at(start);
      if (status === 'done') step.doneAt = at(start + Math.floor(r() * 72));
      if (status === 'done' && r() < 0.1) step.skipped = true;
      if (status === 'active' && r() < 0.6) step[r() < 0.5 ? 'dueAt' : 'timeoutAt'] = at(Math.floor(r() * 400));
      if (r() < 0.3) {
        const asked = start + 1;
        step.approval = {
          askedAt: at(asked),
          approverAccountId: '712020:david',
          identifiers: [issueKey],
          chases: [],
          ...(r() < 0.5
            ? {
                answer: {
                  decision: 'approve',
                  byAccountId: '712020:david',
                  channel: 'panel',
                  at: at(asked + Math.floor(r() * 30)),
                },
              }
            : {}),
        };
      }
      return [id, step];
    }),
  );
  const state = pick(['active', 'active', 'completed', 'cancelled'] as const);
  return {
    ...base,
    id: `gen-${issueKey}`,
    issueKey,
    playbookId,
    playbookVersion: pick([1, 1, 2]),
    state,
    stage: state === 'active' ? pick(['intake', ...ids.slice(0, 3)]) : 'done',
    steps,
  };
}

/** Saves as the engine does (one save at a time per run); a busy aggregate is retried as the queue would. */
async function save(run: Run): Promise<number> {
  for (let busy = 0; ; busy += 1) {
    try {
      await saveRunRecord({ run });
      return busy;
    } catch (e) {
      if (!(e instanceof InsightBusy) || busy > 50) throw e;
    }
  }
}

/** Equal overdue times keep the scan's order of keys (issue key, then step); the aggregates read due keys so. */
const canonical = (i: Insight): Insight => ({
  ...i,
  overdue: [...i.overdue].sort(
    (a, b) => b.overdueMs - a.overdueMs || a.issueKey.localeCompare(b.issueKey) || a.stepId.localeCompare(b.stepId),
  ),
});

async function template(): Promise<Run> {
  await s.p.email(BOB, 'EverBright Partner Onboarding', s1Body('SunPower Installers'));
  const run = (await everyRun())[0];
  if (!run) throw new Error('the S1 email started no run');
  const { issueId: _ticket, ...rest } = run;
  return rest;
}

async function saveGenerated(base: Run, runs: number, seed: number): Promise<void> {
  const r = random(seed);
  const playbooks = [EVERBRIGHT, EVERBRIGHT, 'digipost-sender-onboarding', 'sep-partner-lifecycle', 'retired-playbook'];
  await Promise.all(
    Array.from({ length: runs }, async (_, i) => {
      const key = `GEN-${seed}-${i}`;
      const playbookId = playbooks[i % playbooks.length] ?? EVERBRIGHT;
      for (let v = 0, n = 1 + Math.floor(r() * 4); v < n; v += 1) await save(variant(base, key, playbookId, r));
    }),
  );
}

async function expectScanEquality(): Promise<void> {
  await s.p.stack.runtime.advance(150 * HOUR);
  const now = s.p.stack.clock.now();
  const runs = await everyRun();
  const insight = await s.ok('getInsight', {});
  expect(canonical(insight)).toEqual(canonical(insightOf(runs, now)));
  expect(insight.overdue.length).toBeGreaterThan(0);
  expect(insight.approvalWaits.length).toBeGreaterThan(0);
  const rows = await s.ok('listPlaybooks', {});
  for (const row of rows) {
    const active = runs.filter((x) => x.state === 'active' && x.playbookId === row.id);
    expect({ id: row.id, active: row.activeRuns, older: row.activeRunsOnOlderVersions }).toEqual({
      id: row.id,
      active: active.length,
      older: active.filter((x) => x.playbookVersion !== row.version).length,
    });
  }
}

test('runs saved concurrently after the page was first opened: the aggregates equal the full scan', async () => {
  const base = await template();
  await s.ok('getInsight', {}); // counts the S1 run and marks the aggregates built
  await saveGenerated(base, 40, 7);
  await expectScanEquality();
});

test('runs stored before the first read (an upgrade) are counted once, and later saves keep it equal', async () => {
  const base = await template();
  await saveGenerated(base, 20, 11);
  await expectScanEquality();
  await saveGenerated(base, 20, 11); // the same keys again: every run changes
  await saveGenerated(base, 10, 12);
  await expectScanEquality();
});

test('a save that finds its aggregate lock held too long saves the run anyway, and insight is counted again', async () => {
  const base = await template();
  await s.ok('getInsight', {});
  const lock = `lock:insight:${EVERBRIGHT}`;
  await setValue(lock, { owner: 'an invocation that died holding it' });
  const changed: Run = { ...base, stage: 'go-live-approval' };
  await saveRunRecord({ run: changed }); // not InsightBusy: the Jira writes behind a save must not be lost
  expect((await everyRun()).find((r) => r.issueKey === base.issueKey)?.stage).toBe('go-live-approval');
  expect(await getValue(INSIGHT_BUILT_KEY)).toBeUndefined();
  await deleteValue(lock); // its TTL ran out
  await saveGenerated(base, 10, 13);
  await expectScanEquality();
});
