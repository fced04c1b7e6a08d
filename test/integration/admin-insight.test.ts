// Insight over a few S1 runs: active runs by stage, medians per step and per playbook, approval waits, the overdue
// list, and the same as CSV.
import { insightCsv, median } from '../../src/app/admin/insight-figures';
import { START } from './stack';
import { BOB, EVERBRIGHT, s1Body, useAdminStack } from './admin-harness';

const s = useAdminStack();
const CONFIG = '712020:chris-config';
const HOUR = 3_600_000;

async function moveCs(key: string, to: string): Promise<void> {
  const t = await s.p.rest('GET', `/rest/api/3/issue/${key}/transitions`, CONFIG);
  const found = (t.body as { transitions: { id: string; to: { name: string } }[] }).transitions.find(
    (x) => x.to.name === to,
  );
  if (!found) throw new Error(`${key} cannot move to ${to}`);
  await s.p.rest('POST', `/rest/api/3/issue/${key}/transitions`, CONFIG, { transition: { id: found.id } });
}

test('one run approved after 5 hours and finished, one waiting past its due date', async () => {
  await s.p.email(BOB, 'EverBright Partner Onboarding', s1Body('SunPower Installers'));
  await s.p.email(BOB, 'EverBright Partner Onboarding', s1Body('Bright Homes Solar'));
  await moveCs('CS-1', 'On Hold');
  await moveCs('CS-2', 'On Hold');
  await s.p.stack.runtime.advance(5 * HOUR);
  const { handleAutomationAction } = await import('../../src/index');
  expect((await handleAutomationAction({ inputs: { issueKey: 'SS-1', decision: 'approve' } })).ok).toBe(true);
  await s.p.stack.runtime.settle();
  await moveCs('CS-1', 'Done');
  await s.p.stack.runtime.advance(START.getTime() + 5 * 24 * HOUR - s.p.stack.clock.now().getTime());

  const insight = await s.ok('getInsight', {});
  expect(insight.generatedAt).toBe(new Date(START.getTime() + 5 * 24 * HOUR).toISOString());
  expect(insight.activeByStage).toEqual([{ playbookId: EVERBRIGHT, stage: 'go-live-approval', count: 1 }]);
  expect(insight.approvalWaits).toEqual([
    { playbookId: EVERBRIGHT, stepId: 'go-live-approval', count: 1, medianMs: 5 * HOUR, waitingNow: 1 },
  ]);
  expect(insight.playbookDurations).toEqual([
    { playbookId: EVERBRIGHT, count: 1, medianMs: expect.any(Number) as unknown },
  ]);
  expect(insight.playbookDurations[0]?.medianMs).toBeGreaterThanOrEqual(5 * HOUR);
  expect(insight.stepDurations).toContainEqual({
    playbookId: EVERBRIGHT,
    stepId: 'go-live-approval',
    count: 1,
    medianMs: 5 * HOUR,
  });
  expect(insight.overdue).toEqual([
    expect.objectContaining({ issueKey: 'SS-2', playbookId: EVERBRIGHT, stepId: 'go-live-approval' }),
  ]);
  expect(insight.overdue[0]?.overdueMs).toBeGreaterThan(0);

  const { filename, csv } = await s.ok('insightCsv', {});
  expect(filename).toBe('onboarding-insight-2026-03-07.csv');
  const rows = csv.trimEnd().split('\r\n');
  expect(rows[0]).toBe('section,playbook,step or stage,count,median hours,detail');
  expect(rows).toContain(`active by stage,${EVERBRIGHT},go-live-approval,1,,`);
  expect(rows).toContain(`approval wait,${EVERBRIGHT},go-live-approval,1,5.00,waiting now: 1`);
  expect(rows.filter((r) => r.startsWith(`overdue,${EVERBRIGHT},go-live-approval,1,`))).toHaveLength(1);
  expect(rows.find((r) => r.startsWith('overdue'))).toContain('SS-2 due ');
});

test('CSV cells are quoted where needed and never start a spreadsheet formula', () => {
  const csv = insightCsv({
    generatedAt: '2026-03-02T09:00:00.000Z',
    activeByStage: [{ playbookId: '=HYPERLINK("x")', stage: 'a, "b"', count: 2 }],
    stepDurations: [],
    playbookDurations: [],
    approvalWaits: [],
    overdue: [],
  });
  expect(csv.split('\r\n')[1]).toBe(`active by stage,"'=HYPERLINK(""x"")","a, ""b""",2,,`);
  expect(median([3, 1, 2, 10])).toBe(2.5);
  expect(median([])).toBe(0);
});
