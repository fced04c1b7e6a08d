// The glance's week and the step card's description in the run view, and the resolver contracts' two halves: the
// page's calls are strict on the server, the answers strip what an older page does not know.
import { buildRunView } from '../../src/app/panel';
import type { Run } from '../../src/domain/engine';
import { validatePlaybook, type Playbook } from '../../src/domain/playbook';
import { getRunResultSchema, getTraceResultSchema, panelRequests, type RunView } from '../../src/shared/contracts';
import { ev, newSi, optergy, START, step } from '../scenarios/s3-fixtures';

const DESCRIPTION = {
  en: 'Build the system they deploy, with them.',
  nb: 'Bygg systemet de skal ta i bruk, sammen med dem.',
};

function described(): Playbook {
  const pb = optergy();
  return {
    ...pb,
    steps: pb.steps.map((s) => (s.id === 'week-6-training' ? { ...s, description: DESCRIPTION } : s)),
  };
}

const pb = described();
const run: Run = step(pb, undefined, ev.created(newSi('Small')), '2026-02-27T00:00:00.000Z').run;
const inWeek3 = new Date('2026-03-23T02:00:00.000Z');
const view = (r: Run, at: Date, locale?: string): RunView => buildRunView(r, pb, at, locale);
const training = (v: RunView) => v.steps.find((s) => s.id === 'week-6-training');

describe('the run view of a week-based run', () => {
  it('carries where today falls while the run is active, and nothing once it has ended', () => {
    expect(view(run, inWeek3).week).toEqual({ state: 'inWeek', week: 3, lastWeek: 6 });
    expect(view(run, new Date('2026-02-28T00:00:00.000Z')).week).toEqual({
      state: 'notStarted',
      startsOn: START,
      lastWeek: 6,
    });
    expect(view({ ...run, state: 'cancelled' }, inWeek3).week).toBeUndefined();
  });

  it("gives each step's description in the viewer's language, the playbook's when the viewer's is missing", () => {
    expect(training(view(run, inWeek3, 'en-US'))?.description).toBe(DESCRIPTION.en);
    expect(training(view(run, inWeek3, 'nb-NO'))?.description).toBe(DESCRIPTION.nb);
    const enOnly = { ...pb, steps: pb.steps.map((s) => ({ ...s, description: { en: 'Only English' } })) };
    expect(buildRunView(run, enOnly, inWeek3, 'nb-NO').steps[0]?.description).toBe('Only English');
    expect(view(run, inWeek3).steps.find((s) => s.id === 'portal-admin')?.description).toBeUndefined();
  });
});

describe('a step description in the playbook format', () => {
  const doc = (description: unknown) => ({
    ...(JSON.parse(JSON.stringify(optergy())) as Record<string, unknown>),
    steps: optergy().steps.map((s) => (s.id === 'week-6-training' ? { ...s, description } : s)),
  });

  it('may be one text or { en, nb }, and must have the playbook language like every other text', () => {
    expect(validatePlaybook(doc(DESCRIPTION)).ok).toBe(true);
    expect(validatePlaybook(doc('One language')).ok).toBe(true);
    const missing = validatePlaybook(doc({ nb: DESCRIPTION.nb }));
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    const paths = missing.errors.filter((e) => e.code === 'missing_language').map((e) => String(e.path));
    const at = optergy().steps.findIndex((s) => s.id === 'week-6-training');
    expect(paths).toEqual([`steps[${at}].description`]);
  });
});

describe('resolver contracts', () => {
  it('an answer with fields this page does not know parses, without them (an older page under a newer resolver)', () => {
    const v = view(run, inWeek3, 'en-US');
    const newer = {
      ...v,
      futureSummary: { text: 'from a later release' },
      week: { ...v.week, futureHint: 1 },
      steps: v.steps.map((s) => ({ ...s, futureBadge: 'new' })),
      timeline: v.timeline?.map((w) => ({
        ...w,
        futureNote: 'x',
        items: w.items.map((i) => ({ ...i, futureTag: 1 })),
      })),
    };
    const parsed = getRunResultSchema.parse(newer);
    expect(parsed).toEqual(v);
    expect(getTraceResultSchema.parse([{ at: 'x', event: 'timePassed', lines: [], futureActor: 'a' }])).toEqual([
      { at: 'x', event: 'timePassed', lines: [] },
    ]);
  });

  it('the server still refuses a page call with a field it does not know', () => {
    expect(panelRequests.getRun.safeParse({ issueKey: 'OSI-1' }).success).toBe(true);
    expect(panelRequests.getRun.safeParse({ issueKey: 'OSI-1', extra: 1 }).success).toBe(false);
    expect(
      panelRequests.act.safeParse({ issueKey: 'OSI-1', action: 'cancel', requestId: 'r', futureField: true }).success,
    ).toBe(false);
  });
});
