/**
 * Deferral: move a step (a milestone such as S3's week-6 training) to a chosen date, and every step that depends on
 * it with it. The preview is the schedule module's cascade on the run's planned dates; applying it records exactly
 * the previewed dates, so what an agent sees is what happens.
 */
import type { Playbook } from '../playbook';
import { dueFrom, previewReschedule, type CascadeStep } from '../schedule';
import type { EngineEvent } from './events';
import type { Run } from './model';
import { byWhom, whoOf } from './manual';
import { calendarOf, localParts, parentsOf, plannedDates, stepOrder, willBeSkipped, type PlanDates } from './plan';
import type { DecideContext } from './session';
import type { Session } from './session';
import { playbookName, stepName } from './texts';

export interface DeferralMove {
  stepId: string;
  name: string;
  /** The planned date before ('' when the step had none) and after, UTC ISO instants. */
  from: string;
  to: string;
}

export type DeferralPreview =
  { ok: true; moves: DeferralMove[] } | { ok: false; code: DeferralRefusal; message: string };

export type DeferralRefusal =
  | 'inactive'
  | 'unknown_step'
  | 'done'
  | 'not_deferrable'
  | 'invalid_date'
  | 'in_past'
  | 'before_dependency'
  | 'cycle'
  | 'pinned_conflict';

const refuse = (code: DeferralRefusal, message: string): DeferralPreview => ({ ok: false, code, message });

/** The run as it would be with the overrides: planned dates read from it. */
function withOverrides(run: Run, overrides: Record<string, string>): Run {
  const steps = { ...run.steps };
  for (const [id, at] of Object.entries(overrides))
    steps[id] = { ...(steps[id] ?? { status: 'pending' }), dueOverride: at };
  return { ...run, steps };
}

/**
 * What moving `stepId` to `date` ('yyyy-mm-dd', keeping the step's time of day in the calendar's zone) would change:
 * every planned date that moves, in playbook order. Pure; `decide` applies the same moves for a `defer` action.
 */
export function previewDeferral(
  playbook: Playbook,
  run: Run,
  stepId: string,
  date: string,
  now: Date,
  _context?: DecideContext,
): DeferralPreview {
  if (run.state !== 'active') return refuse('inactive', `the run is ${run.state}: nothing can be deferred`);
  const step = playbook.steps.find((s) => s.id === stepId);
  const state = run.steps[stepId];
  if (!step || !state) return refuse('unknown_step', `${playbookName(playbook)} has no step '${stepId}'`);
  const skipped = state.skipped === true || willBeSkipped(step, run);
  if (state.status === 'done' || skipped)
    return refuse('done', `'${stepName(playbook, step)}' is ${skipped ? 'skipped' : 'done'}: its date cannot move`);
  if (step.kind === 'recurring')
    return refuse(
      'not_deferrable',
      `'${stepName(playbook, step)}' recurs: change its recurrence instead of deferring it`,
    );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
    return refuse('invalid_date', `'${date}' is not a date: write it as yyyy-mm-dd`);
  const today = localParts(playbook, now.toISOString()).date;
  if (date < today) return refuse('in_past', `${date} is in the past (today is ${today}): choose a later date`);

  const before = plannedDates(playbook, run);
  const current = before[stepId];
  const time = current === undefined ? (playbook.timeline?.at ?? '09:00') : localParts(playbook, current).time;
  const to = dueFrom(calendarOf(playbook), date, { days: 0, at: time });
  for (const dep of step.dependsOn) {
    const at = run.steps[dep]?.status === 'done' ? undefined : before[dep];
    if (at !== undefined && at > to)
      return refuse(
        'before_dependency',
        `'${stepName(playbook, step)}' depends on '${nameOf(playbook, dep)}', due ${at}: choose ${localParts(playbook, at).date} or later`,
      );
  }

  const preview = previewReschedule(calendarOf(playbook), cascadeSteps(playbook, run, before), { step: stepId, to });
  const problem = preview.problems[0];
  if (problem) return refuse(problem.code, problem.message);

  const overrides: Record<string, string> = {};
  for (const m of preview.moves) if (!isRecurring(playbook, m.step)) overrides[m.step] = m.after;
  const after = settle(playbook, run, overrides);
  const moves = playbook.steps
    .filter((s) => after[s.id] !== undefined && after[s.id] !== before[s.id])
    .map((s) => ({ stepId: s.id, name: stepName(playbook, s), from: before[s.id] ?? '', to: after[s.id] ?? '' }));
  return { ok: true, moves };
}

const nameOf = (pb: Playbook, id: string): string => {
  const step = pb.steps.find((s) => s.id === id);
  return step ? stepName(pb, step) : id;
};
const isRecurring = (pb: Playbook, id: string): boolean => pb.steps.find((s) => s.id === id)?.kind === 'recurring';

function cascadeSteps(pb: Playbook, run: Run, dates: PlanDates): CascadeStep[] {
  return pb.steps.map((s) => {
    const st = run.steps[s.id];
    const fixed = st?.status === 'done' || willBeSkipped(s, run) || (s.kind === 'recurring' && st?.status === 'active');
    // A rule counting from 'start' never follows the milestone: only rules from another step are given.
    const due =
      s.due && s.due.from !== 'start' && !(s.due.after !== undefined && s.due.at === undefined) ? s.due : undefined;
    return { id: s.id, dueAt: dates[s.id], due, dependsOn: parentsOf(s), done: fixed };
  });
}

/**
 * Applies the overrides and makes sure no moved step lands before a step it depends on (a dependency-only shift can,
 * when the plan had a step dated before its dependency): such a step moves to its dependency's date.
 */
function settle(pb: Playbook, run: Run, overrides: Record<string, string>): PlanDates {
  const before = plannedDates(pb, run);
  let dates = plannedDates(pb, withOverrides(run, overrides));
  for (const step of stepOrder(pb)) {
    const at = dates[step.id];
    if (
      at === undefined ||
      at === before[step.id] ||
      step.kind === 'recurring' ||
      run.steps[step.id]?.status === 'done'
    )
      continue;
    const latest = step.dependsOn
      .filter((d) => run.steps[d]?.status !== 'done')
      .map((d) => dates[d])
      .filter((d): d is string => d !== undefined && d > at)
      .sort()
      .pop();
    if (latest === undefined) continue;
    overrides[step.id] = latest;
    dates = plannedDates(pb, withOverrides(run, overrides));
  }
  return dates;
}

type Panel = Extract<EngineEvent, { type: 'panelAction' }>;

/** The `defer` panel action: the previewed moves are recorded (refused with the preview's code, run unchanged). */
export function onDefer(s: Session, e: Panel): void {
  const preview = previewDeferral(s.playbook, s.run, e.stepId ?? '', e.date ?? '', s.now, s.ctx);
  if (!preview.ok) return s.note(`defer.${preview.code}`, preview.message, e.stepId);
  const rec = byWhom(e, s);
  for (const m of preview.moves) {
    const st = s.run.steps[m.stepId];
    if (!st) continue;
    const because = m.stepId === e.stepId ? 'chosen' : (e.stepId ?? '');
    st.reschedules = [
      ...(st.reschedules ?? []),
      { ...rec, kind: 'defer', ...(m.from === '' ? {} : { from: m.from }), to: m.to, because },
    ];
    if (isRecurring(s.playbook, m.stepId)) continue;
    st.dueOverride = m.to;
    if (st.status === 'active') st.dueAt = m.to;
  }
  s.note(
    'defer.applied',
    `${whoOf(e)} deferred ${e.stepId ?? ''} to ${e.date ?? ''}: ${preview.moves.length} date(s) moved`,
    e.stepId,
  );
}
