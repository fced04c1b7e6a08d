/** Starts every step whose dependencies are done, until nothing more can start; completes the run at the end. */
import type { ActionStep, Step, WaitStep } from '../playbook';
import { durationMs, evaluateCondition } from '../playbook';
import { DEFAULT_CALENDAR, dueFrom } from '../schedule';
import { askApproval } from './approval';
import { dateWaitMet, startDateStep } from './date-limits';
import { issueRef, render, renderActions } from './render';
import type { Session } from './session';
import { checkRecurring, startRecurring } from './recurring';
import { checkSlas, startSla } from './sla';
import { timelineStart } from './plan';
import { waitMet } from './waits';

const plus = (iso: string, duration: string): string => new Date(Date.parse(iso) + durationMs(duration)).toISOString();

export function advance(s: Session): void {
  if (s.run.state !== 'active' || s.run.stage === 'intake') return;
  for (let changed = true; changed;) {
    changed = false;
    for (const step of s.playbook.steps) {
      const state = s.run.steps[step.id];
      if (state?.status !== 'pending') continue;
      if (!step.dependsOn.every((d) => s.run.steps[d]?.status === 'done')) continue;
      activate(s, step);
      changed = true;
    }
    // Waits already met by what the run has seen (e.g. the CS ticket went On Hold before this step started).
    for (const step of s.playbook.steps) {
      if (step.kind === 'wait') changed = checkWait(s, step) || changed;
      if (step.kind === 'recurring') changed = checkRecurring(s, step) || changed;
    }
  }
  checkSlas(s);
  finish(s);
}

function activate(s: Session, step: Step): void {
  const state = s.run.steps[step.id] ?? { status: 'pending' };
  s.run.steps[step.id] = state;
  if (step.when && !evaluateCondition(step.when, s.run.variables)) {
    state.status = 'done';
    state.skipped = true;
    state.doneAt = s.nowIso;
    return s.note('step.skipped', `step ${step.id} skipped: its condition does not hold`, step.id);
  }
  state.status = 'active';
  state.startedAt = s.nowIso;
  if (step.due) {
    const from = step.due.from === 'start' ? timelineStart(s.playbook, s.run) : s.run.steps[step.due.from]?.doneAt;
    if (from !== undefined) state.dueAt = dueAt(s, from, step.due);
  }
  if (state.dueOverride !== undefined) state.dueAt = state.dueOverride;
  s.run.steps[step.id] = state;
  s.note('step.started', `step ${step.id} started: ${describeDeps(step)}`, step.id);
  startSla(s, step);
  if (step.kind === 'action') return runActionStep(s, step);
  if (step.kind === 'approval') return askApproval(s, step);
  if (step.kind === 'wait') return startWait(s, step);
  if (step.kind === 'recurring') return startRecurring(s, step);
  if (step.kind === 'date') return startDateStep(s, step);
  // task, decision, signoff: people finish them in the panel (or the reporter by comment).
}

function dueAt(s: Session, from: string, due: NonNullable<Step['due']>): string {
  if (due.after !== undefined && due.at === undefined) return plus(from, due.after);
  const { from: _anchor, ...rule } = due;
  return dueFrom(s.playbook.calendar ?? DEFAULT_CALENDAR, from, rule);
}

function describeDeps(step: Step): string {
  return step.dependsOn.length === 0 ? 'it depends on nothing' : `${step.dependsOn.join(', ')} done`;
}

function runActionStep(s: Session, step: ActionStep): void {
  const r = renderActions(s, step.actions);
  const state = s.run.steps[step.id];
  if (!state) return;
  if (!r.ok) {
    state.status = 'blocked';
    s.attention('step.blocked', `step ${step.id} was not applied: ${r.problems.join('; ')}`, step.id);
    return;
  }
  s.emit(step.id, r.value, step.id);
  state.status = 'done';
  state.doneAt = s.nowIso;
  s.note('step.done', `step ${step.id}: ${r.value.length} command(s) issued`, step.id);
}

function startWait(s: Session, step: WaitStep): void {
  const state = s.run.steps[step.id];
  if (!state) return;
  if (step.timeout) state.timeoutAt = plus(s.nowIso, step.timeout);
  if (step.for.kind === 'time') state.waitUntil = plus(s.nowIso, step.for.after);
  const create = step.for.kind === 'linkedIssue' ? step.for.create : undefined;
  if (step.for.kind === 'linkedIssue' && create?.enabled) {
    const summary = render(s, create.summary, 'summary');
    if (!summary.ok) return s.attention('step.blocked', `step ${step.id}: ${summary.problems.join('; ')}`, step.id);
    s.emit(
      step.id,
      [
        {
          type: 'createIssue',
          project: step.for.project,
          issueType: create.issueType,
          summary: summary.value,
          link: { type: create.linkType, direction: 'outward', to: issueRef(s, 'this') },
        },
      ],
      step.id,
    );
    // The app's own link event is ignored by the hop guard, so the step counts as met once the command is issued.
    completeWait(s, step, `the app creates and links the ${step.for.project} ticket itself`);
  }
}

export function checkWait(s: Session, step: WaitStep): boolean {
  const state = s.run.steps[step.id];
  if (state?.status !== 'active') return false;
  const met =
    step.for.kind === 'date'
      ? dateWaitMet(s, state, step.for)
      : step.for.kind === 'time'
        ? state.waitUntil !== undefined && state.waitUntil <= s.nowIso
          ? `${step.for.after} passed`
          : undefined
        : waitMet(s.run, step.for);
  if (met === undefined) return false;
  completeWait(s, step, met);
  return true;
}

function completeWait(s: Session, step: WaitStep, why: string): void {
  const state = s.run.steps[step.id];
  if (!state) return;
  state.status = 'done';
  state.doneAt = s.nowIso;
  s.clearAttention('wait.timeout', step.id);
  s.note('wait.met', `step ${step.id} done: ${why}`, step.id);
}

function finish(s: Session): void {
  const states = Object.values(s.run.steps);
  const active = s.playbook.steps.filter((st) =>
    ['active', 'blocked', 'declined'].includes(s.run.steps[st.id]?.status ?? ''),
  );
  if (s.run.state === 'active' && states.every((st) => st.status === 'done')) {
    s.run.state = 'completed';
    s.run.stage = 'done';
    s.note('run.completed', 'every step is done');
    return;
  }
  if (s.run.stage !== 'intake') s.run.stage = active.map((st) => st.id).join(', ') || s.run.stage;
}
