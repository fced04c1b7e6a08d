/** Checklist items ticked in the panel, and reviews: approve, or flag a problem that sends the task back. */
import type { ReviewStep } from '../playbook';
import type { EngineEvent } from './events';
import { activeStep, byWhom, holds, markDone, whoOf } from './manual';
import { commentBody } from './render';
import type { Session } from './session';
import { inPlaybookLanguage, stepName, textsFor } from './texts';

type Panel = Extract<EngineEvent, { type: 'panelAction' }>;

export function onCheckItem(s: Session, e: Panel): void {
  const step = activeStep(s, e, 'task');
  if (!step) return;
  if (!holds(s, step.by, e.actor.accountId))
    return s.note('task.not-allowed', `${whoOf(e)} may not tick items of ${step.id}`, step.id);
  const item = step.checklist.find((c) => c.id === e.item);
  const state = s.run.steps[step.id];
  if (!item || !state) return s.note('task.no-such-item', `${step.id} has no item '${e.item ?? ''}'`, step.id);
  if (state.checked?.includes(item.id)) return s.note('task.item-ticked', `${item.id} is already ticked`, step.id);
  state.checked = [...(state.checked ?? []), item.id];
  s.note('task.item-ticked', `${whoOf(e)} ticked ${item.id}: ${inPlaybookLanguage(s.playbook, item.text)}`, step.id);
  if (step.checklist.every((c) => state.checked?.includes(c.id))) {
    state.completion = byWhom(e, s);
    markDone(s, step, 'every checklist item is ticked');
  }
}

function review(s: Session, e: Panel): ReviewStep | undefined {
  const step = activeStep(s, e, 'review');
  if (step && !holds(s, step.by, e.actor.accountId)) {
    s.note('review.not-allowed', `${whoOf(e)} may not review ${step.of}`, step.id);
    return undefined;
  }
  return step;
}

export function approveReview(s: Session, e: Panel): void {
  const step = review(s, e);
  if (!step) return;
  const state = s.run.steps[step.id];
  if (state) state.completion = byWhom(e, s);
  markDone(s, step, `${whoOf(e)} approved ${step.of}`);
}

/** The task goes back to active with its owner; this review waits until the task is done again. */
export function onFlag(s: Session, e: Panel): void {
  const step = review(s, e);
  if (!step) return;
  const rec = byWhom(e, s);
  if (rec.note === undefined) return s.note('review.reason-missing', 'flagging a problem needs the reason', step.id);
  const task = s.run.steps[step.of];
  const state = s.run.steps[step.id];
  if (!task || !state) return;
  const { note: reason, ...who } = rec;
  state.flags = [...(state.flags ?? []), { ...who, reason }];
  state.status = 'pending';
  delete state.startedAt;
  task.status = 'active';
  delete task.doneAt;
  delete task.completion;
  const of = s.playbook.steps.find((x) => x.id === step.of);
  const name = of ? stepName(s.playbook, of) : step.of;
  const body = commentBody(s, step.notify, textsFor(s.playbook).flagged(whoOf(e), name, reason));
  if (body.ok)
    s.emit(
      `${step.id}/flag-${state.flags.length}`,
      [{ type: 'comment', issue: s.thisIssue, visibility: 'internal', body: body.value }],
      step.id,
    );
  else s.attention('step.blocked', body.problems.join('; '), step.id);
  s.note('review.flagged', `${step.of} sent back: ${reason}`, step.id);
}
