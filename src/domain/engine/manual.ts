/** Steps people finish in the panel: tasks (gates), decisions and sign-offs, and the reporter's sign-off comment. */
import { replyText } from '../intake';
import type { SignoffParty, SignoffStep, Step } from '../playbook';
import type { EngineEvent } from './events';
import type { SignoffRecord } from './model';
import type { Session } from './session';
import { inPlaybookLanguage } from './texts';
import { names } from './words';

type Ev<T extends EngineEvent['type']> = Extract<EngineEvent, { type: T }>;
type Panel = Ev<'panelAction'>;

export function activeStep<K extends Step['kind']>(
  s: Session,
  e: Panel,
  kind: K,
): Extract<Step, { kind: K }> | undefined {
  const step = s.playbook.steps.find((st) => st.id === e.stepId);
  if (!step || step.kind !== kind || s.run.steps[step.id]?.status !== 'active') {
    s.note('panel.no-such-step', `${e.action}: no active ${kind} step '${e.stepId ?? ''}'`);
    return undefined;
  }
  return step as Extract<Step, { kind: K }>;
}

/** Whether the actor holds one of `roles` (no roles: anyone may). */
export function holds(s: Session, roles: readonly string[], accountId: string): boolean {
  return roles.length === 0 || roles.some((r) => s.run.roles[r]?.accountId === accountId);
}

export function markDone(s: Session, step: Step, why: string): void {
  const state = s.run.steps[step.id];
  if (!state) return;
  state.status = 'done';
  state.doneAt = s.nowIso;
  s.note('step.done', `step ${step.id} done: ${why}`, step.id);
}

export const whoOf = (e: Panel): string => e.actor.displayName ?? 'an agent';

export function byWhom(e: Panel, s: Session): { byAccountId: string; byName?: string; at: string; note?: string } {
  return {
    byAccountId: e.actor.accountId,
    at: s.nowIso,
    ...(e.actor.displayName === undefined ? {} : { byName: e.actor.displayName }),
    ...(e.note === undefined || e.note.trim() === '' ? {} : { note: e.note.trim() }),
  };
}

export function onCompleteStep(s: Session, e: Panel): void {
  const step = activeStep(s, e, 'task');
  if (!step) return;
  if (!holds(s, step.by, e.actor.accountId))
    return s.note('task.not-allowed', `${whoOf(e)} may not mark ${step.id} done (${step.by.join(', ')})`, step.id);
  const rec = byWhom(e, s);
  if (step.evidence === 'required' && rec.note === undefined)
    return s.note('task.evidence-missing', `${step.id} needs a note of the evidence to be marked done`, step.id);
  const state = s.run.steps[step.id];
  const open = step.checklist.filter((c) => !state?.checked?.includes(c.id));
  if (open.length > 0)
    return s.note('task.checklist-open', `${step.id} still has ${open.map((c) => c.id).join(', ')} to tick`, step.id);
  if (state) state.completion = rec;
  markDone(s, step, `${whoOf(e)} marked it done${rec.note ? ` (${rec.note})` : ''}`);
}

export function onDecide(s: Session, e: Panel): void {
  const step = activeStep(s, e, 'decision');
  if (!step) return;
  if (!holds(s, step.by, e.actor.accountId))
    return s.note('decision.not-allowed', `${whoOf(e)} may not decide ${step.id}`, step.id);
  const option = step.options.find((o) => o.value.toLowerCase() === (e.value ?? '').trim().toLowerCase());
  if (!option)
    return s.note(
      'decision.unknown-option',
      `'${e.value ?? ''}' is not an option of ${step.id}: ${step.options.map((o) => o.value).join(', ')}`,
      step.id,
    );
  const state = s.run.steps[step.id];
  if (state) state.completion = { ...byWhom(e, s), value: option.value };
  s.run.variables[step.variable] = option.value;
  markDone(s, step, `${whoOf(e)} decided ${step.variable} = ${option.value}`);
}

/** A party's name in the playbook's language, as the trace and comments say it. */
const called = (s: Session, p: SignoffParty): string => inPlaybookLanguage(s.playbook, p.name);

function party(s: Session, e: Panel): { step: SignoffStep; party: SignoffParty } | undefined {
  const step: SignoffStep | undefined = activeStep(s, e, 'signoff');
  if (!step) return undefined;
  const p = step.parties.find((x) => x.id === e.party);
  if (!p) {
    s.note('signoff.no-such-party', `${step.id} has no party '${e.party ?? ''}'`, step.id);
    return undefined;
  }
  if (s.run.steps[step.id]?.signoffs?.[p.id]) {
    s.note('signoff.already', `${called(s, p)} has already signed off ${step.id}`, step.id);
    return undefined;
  }
  return { step, party: p };
}

function sign(s: Session, step: SignoffStep, p: SignoffParty, rec: SignoffRecord, why: string): void {
  const state = s.run.steps[step.id];
  if (!state) return;
  state.signoffs = { ...state.signoffs, [p.id]: rec };
  s.note(rec.how === 'waived' ? 'signoff.waived' : 'signoff.given', `${called(s, p)}: ${why}`, step.id);
  const open = step.parties.filter((x) => x.required && !state.signoffs?.[x.id]);
  if (open.length === 0) markDone(s, step, 'every required sign-off is given');
  else s.note('signoff.waiting', `${step.id} still needs ${open.map((x) => called(s, x)).join(', ')}`, step.id);
}

/** A party's own person signs; otherwise an agent records it with evidence when the party allows that. */
export function onSignOff(s: Session, e: Panel): void {
  const found = party(s, e);
  if (!found) return;
  const { step, party: p } = found;
  const rec = byWhom(e, s);
  if (p.roles.length > 0 && holds(s, p.roles, e.actor.accountId))
    return sign(s, step, p, { ...rec, how: 'panel' }, `signed off by ${whoOf(e)}`);
  if (!p.agentRecord)
    return s.note(
      'signoff.not-allowed',
      `${whoOf(e)} may not sign off for ${called(s, p)}: only ${p.roles.join(', ')} may`,
      step.id,
    );
  if (rec.note === undefined)
    return s.note(
      'signoff.evidence-missing',
      `recording ${called(s, p)}'s sign-off needs a note of the evidence`,
      step.id,
    );
  sign(s, step, p, { ...rec, how: 'recorded' }, `recorded by ${whoOf(e)}: ${rec.note}`);
}

export function onWaive(s: Session, e: Panel): void {
  const found = party(s, e);
  if (!found) return;
  const { step, party: p } = found;
  if (!p.waivable) return s.note('signoff.not-waivable', `${called(s, p)}'s sign-off can never be waived`, step.id);
  const rec = byWhom(e, s);
  if (rec.note === undefined)
    return s.note('signoff.reason-missing', `waiving ${called(s, p)} needs a reason`, step.id);
  sign(s, step, p, { ...rec, how: 'waived' }, `waived by ${whoOf(e)}: ${rec.note}`);
}

/** The reporter's own comment on the request naming a sign-off word signs the parties that accept that. */
export function onSignoffComment(s: Session, e: Ev<'commentAdded'>): void {
  if (e.issueKey !== s.run.issueKey) return;
  const reporter = s.run.issue.reporter;
  const same =
    reporter !== undefined &&
    ((reporter.accountId !== undefined && reporter.accountId === e.author.accountId) ||
      (reporter.email !== undefined && reporter.email.toLowerCase() === (e.author.email ?? '').toLowerCase()));
  if (!same) return;
  const text = replyText(e.text);
  for (const step of s.playbook.steps) {
    if (step.kind !== 'signoff' || s.run.steps[step.id]?.status !== 'active') continue;
    for (const p of step.parties) {
      if (!p.reporterComment || s.run.steps[step.id]?.signoffs?.[p.id]) continue;
      if (!p.reporterComment.words.some((w) => names(text, w))) continue;
      const rec: SignoffRecord = {
        how: 'reporterComment',
        byAccountId: e.author.accountId ?? '',
        at: s.nowIso,
        commentId: e.id,
        ...(reporter?.displayName === undefined ? {} : { byName: reporter.displayName }),
      };
      sign(s, step, p, rec, `the reporter's own comment ${e.id} signs it off`);
    }
  }
}
