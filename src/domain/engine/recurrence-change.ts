/**
 * Changing a recurring step's RRULE (S3: how often the catch-up calls happen). Occurrences already behind us stay as
 * they were; the ones ahead are planned again from the new rule, counted from the same start as before.
 */
import type { Playbook, RecurringStep } from '../playbook';
import { ScheduleError, occurrences } from '../schedule';
import type { EngineEvent } from './events';
import { byWhom, whoOf } from './manual';
import type { Run } from './model';
import { OCCURRENCE_LIMIT, calendarOf, plannedDates, ruleOf, timelineStart, willBeSkipped } from './plan';
import type { Session } from './session';
import { playbookName, stepName } from './texts';

export type RecurrencePreview =
  | { ok: true; from: string; to: string; occurrences: string[] }
  | { ok: false; code: 'inactive' | 'unknown_step' | 'not_recurring' | 'done' | 'invalid_rule'; message: string };

/**
 * The step's occurrences with `rrule` instead of its current rule: the ones already sent, then the new ones after
 * `now`. Pure; `decide` records the same list for a `changeRecurrence` action.
 */
export function previewRecurrenceChange(
  playbook: Playbook,
  run: Run,
  stepId: string,
  rrule: string,
  now: Date,
): RecurrencePreview {
  if (run.state !== 'active') return { ok: false, code: 'inactive', message: `the run is ${run.state}` };
  const step = playbook.steps.find((s) => s.id === stepId);
  const st = run.steps[stepId];
  if (!step || !st)
    return { ok: false, code: 'unknown_step', message: `${playbookName(playbook)} has no step '${stepId}'` };
  if (step.kind !== 'recurring')
    return { ok: false, code: 'not_recurring', message: `'${stepName(playbook, step)}' is not a recurring step` };
  if (st.status === 'done' || willBeSkipped(step, run))
    return {
      ok: false,
      code: 'done',
      message: `'${stepName(playbook, step)}' is done or skipped: it has no series to change`,
    };
  const rule = rrule.trim();
  const kept = st.occurrences?.slice(0, st.occurrencesDone ?? 0) ?? [];
  try {
    const next = occurrences(calendarOf(playbook), timelineStart(playbook, run), recurrenceWith(step, rule), {
      anchors: anchors(playbook, run),
      windowStart: new Date(now.getTime() + 1),
      limit: OCCURRENCE_LIMIT,
    });
    if (!/FREQ=/i.test(rule))
      throw new ScheduleError('invalid_rule', `'${rule}' has no FREQ: write e.g. 'FREQ=WEEKLY'`);
    const list = st.occurrences ? [...kept, ...next.filter((at) => at > now.toISOString())] : next;
    return { ok: true, from: ruleOf(step, run), to: rule, occurrences: list.slice(0, OCCURRENCE_LIMIT) };
  } catch (e) {
    if (!(e instanceof ScheduleError)) throw e;
    return { ok: false, code: 'invalid_rule', message: e.message };
  }
}

const recurrenceWith = (step: RecurringStep, rule: string): RecurringStep['recurrence'] => ({
  ...step.recurrence,
  rule,
});

function anchors(pb: Playbook, run: Run): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, at] of Object.entries(plannedDates(pb, run))) if (at !== undefined) out[id] = at;
  for (const [id, st] of Object.entries(run.steps)) if (st.doneAt !== undefined) out[id] = st.doneAt;
  return out;
}

type Panel = Extract<EngineEvent, { type: 'panelAction' }>;

/** The `changeRecurrence` panel action: refused with the preview's code (run unchanged), else recorded. */
export function onChangeRecurrence(s: Session, e: Panel): void {
  const preview = previewRecurrenceChange(s.playbook, s.run, e.stepId ?? '', e.rrule ?? '', s.now);
  if (!preview.ok) return s.note(`recurrence.${preview.code}`, preview.message, e.stepId);
  const st = s.run.steps[e.stepId ?? ''];
  if (!st) return;
  st.rruleOverride = preview.to;
  st.reschedules = [
    ...(st.reschedules ?? []),
    { ...byWhom(e, s), kind: 'recurrence', from: preview.from, to: preview.to },
  ];
  if (st.occurrences) {
    st.occurrences = preview.occurrences;
    if (st.status === 'active' && (st.occurrencesDone ?? 0) >= st.occurrences.length) {
      st.status = 'done';
      st.doneAt = s.nowIso;
    }
  }
  s.note(
    'recurrence.changed',
    `${whoOf(e)} changed ${e.stepId ?? ''} from ${preview.from} to ${preview.to}: next ${preview.occurrences[st.occurrencesDone ?? 0] ?? 'none'}`,
    e.stepId,
  );
}
