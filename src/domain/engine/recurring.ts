/** Recurring steps: occurrences planned by RRULE when the step starts; each one due runs the step's actions. */
import type { RecurringStep } from '../playbook';
import { DEFAULT_CALENDAR, ScheduleError, occurrences } from '../schedule';
import { renderActions } from './render';
import type { Session } from './session';
import { ruleOf, timelineStart } from './plan';

/** At most this many occurrences are planned (a run is weeks or months, not years of touchpoints). */
const LIMIT = 200;

export function startRecurring(s: Session, step: RecurringStep): void {
  const state = s.run.steps[step.id];
  if (!state) return;
  const start = timelineStart(s.playbook, s.run);
  const anchors: Record<string, string> = { start };
  for (const [id, st] of Object.entries(s.run.steps)) if (st.doneAt !== undefined) anchors[id] = st.doneAt;
  const recurrence = { ...step.recurrence, rule: ruleOf(step, s.run) };
  try {
    state.occurrences = occurrences(s.playbook.calendar ?? DEFAULT_CALENDAR, start, recurrence, {
      anchors,
      limit: LIMIT,
    });
  } catch (e) {
    if (!(e instanceof ScheduleError)) throw e;
    state.status = 'blocked';
    return s.attention('step.blocked', `step ${step.id}: ${e.message}`, step.id);
  }
  state.occurrencesDone = 0;
  s.note(
    'recurring.planned',
    `${state.occurrences.length} occurrence(s), first ${state.occurrences[0] ?? 'none'}`,
    step.id,
  );
  checkRecurring(s, step);
}

/**
 * Runs the actions for the latest occurrence that is due. Occurrences missed in between (the app was down) are not
 * sent late one after another: a customer would get a burst of the same message.
 */
export function checkRecurring(s: Session, step: RecurringStep): boolean {
  const state = s.run.steps[step.id];
  if (state?.status !== 'active' || !state.occurrences) return false;
  const list = state.occurrences;
  let due = state.occurrencesDone ?? 0;
  while (due < list.length && (list[due] ?? '') <= s.nowIso) due += 1;
  const before = state.occurrencesDone ?? 0;
  if (due > before) {
    if (due - before > 1) s.note('recurring.missed', `${due - before - 1} occurrence(s) passed unsent`, step.id);
    const r = renderActions(s, step.actions);
    if (r.ok) s.emit(`${step.id}/occurrence-${due}`, r.value, step.id);
    else s.attention('step.blocked', `occurrence ${due} of ${step.id} not sent: ${r.problems.join('; ')}`, step.id);
    state.occurrencesDone = due;
  }
  if (due >= list.length) {
    state.status = 'done';
    state.doneAt = s.nowIso;
    s.note('step.done', `step ${step.id} done: its last occurrence has passed`, step.id);
    return true;
  }
  return false;
}

/** The next occurrence of an active recurring step, for run.nextDueAt. */
export function nextOccurrence(st: {
  status: string;
  occurrences?: string[];
  occurrencesDone?: number;
}): string | undefined {
  if (st.status !== 'active' || !st.occurrences) return undefined;
  return st.occurrences[st.occurrencesDone ?? 0];
}
