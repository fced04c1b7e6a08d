/** Approval steps: ask, chase on a ladder, escalate to the fallback, and apply an answer from any channel. */
import type { ApprovalStep, LocalizedText } from '../playbook';
import { durationMs } from '../playbook';
import type { CommandBody } from './commands';
import { routeAroundUnavailable } from './availability';
import type { Answer, ApprovalState } from './model';
import { commentBody, internalNote, render, renderActions } from './render';
import type { Session } from './session';
import { stepName } from './texts';

const plus = (iso: string, duration: string): string => new Date(Date.parse(iso) + durationMs(duration)).toISOString();

export function askApproval(s: Session, step: ApprovalStep): void {
  const state = s.run.steps[step.id];
  const approver = s.run.roles[step.approver];
  const fallback = step.fallback === undefined ? undefined : s.run.roles[step.fallback];
  const question = render(s, step.question, 'question');
  if (!state || !approver || !question.ok) {
    if (state) state.status = 'blocked';
    const why = !approver
      ? `role ${step.approver} has nobody`
      : question.ok
        ? 'no state'
        : question.problems.join('; ');
    return s.attention('step.blocked', `approval ${step.id} could not be asked: ${why}`, step.id);
  }
  const body = commentBody(s, [step.approver], question.value);
  if (!body.ok) return s.attention('step.blocked', body.problems.join('; '), step.id);
  const approval: ApprovalState = {
    askedAt: s.nowIso,
    approverAccountId: approver.accountId,
    identifiers: [
      s.run.issueKey,
      ...step.identifiers.flatMap((v) => (typeof s.run.variables[v] === 'string' ? [String(s.run.variables[v])] : [])),
    ],
    chases: [],
  };
  if (fallback) approval.fallbackAccountId = fallback.accountId;
  if (step.chase) approval.nextChaseAt = plus(s.nowIso, step.chase.firstAfter);
  state.approval = approval;
  // Known unable to answer (the shell checked their account): the question goes to the fallback straight away.
  if (routeAroundUnavailable(s, step)) return;
  s.emit(
    `${step.id}/ask`,
    [{ type: 'comment', issue: s.thisIssue, visibility: 'internal', body: body.value }],
    step.id,
  );
  s.note(
    'approval.asked',
    `asked ${approver.displayName} (role ${step.approver}); first chase at ${approval.nextChaseAt ?? 'never'}`,
    step.id,
  );
}

/** One rung of the ladder per call: chase 1..max every `every`, then escalate once to the fallback. */
export function chaseIfDue(s: Session, step: ApprovalStep): void {
  const approval = s.run.steps[step.id]?.approval;
  const chase = step.chase;
  if (!approval || approval.answer || !chase || approval.nextChaseAt === undefined || approval.nextChaseAt > s.nowIso)
    return;
  if (routeAroundUnavailable(s, step)) return;
  const due = approval.nextChaseAt;
  if (approval.chases.length < chase.max) {
    const n = approval.chases.length + 1;
    approval.chases.push(s.nowIso);
    approval.nextChaseAt = plus(due, chase.every);
    nudge(s, step, step.approver, chase.text, `chase-${n}`, chase.slack);
    s.note(
      'approval.chased',
      `no answer since ${approval.askedAt}: chase ${n} of ${chase.max}, next at ${approval.nextChaseAt}`,
      step.id,
    );
    return;
  }
  delete approval.nextChaseAt;
  if (chase.escalate && step.fallback !== undefined && s.run.roles[step.fallback]) {
    approval.escalatedAt = s.nowIso;
    nudge(s, step, step.fallback, chase.escalate.text, 'escalate', chase.slack);
    s.note('approval.escalated', `${chase.max} chases without an answer: escalated to role ${step.fallback}`, step.id);
  } else {
    s.attention('approval.unanswered', `no answer after ${chase.max} chases and nobody to escalate to`, step.id);
  }
}

function nudge(s: Session, step: ApprovalStep, role: string, text: LocalizedText, scope: string, slack: boolean): void {
  const rendered = render(s, text, 'chase text');
  const person = s.run.roles[role];
  if (!rendered.ok || !person) return s.attention('step.blocked', `could not chase role ${role}`, step.id);
  const body = commentBody(s, [role], rendered.value);
  if (!body.ok) return s.attention('step.blocked', body.problems.join('; '), step.id);
  const commands: CommandBody[] = [{ type: 'comment', issue: s.thisIssue, visibility: 'internal', body: body.value }];
  if (slack && s.ctx.slackConfigured && person.slackMemberId !== undefined) {
    commands.push({ type: 'slack', text: `${rendered.value} (${s.run.issueKey})`, mention: person.slackMemberId });
  } else if (slack) {
    s.note(
      'slack.skipped',
      s.ctx.slackConfigured ? `${person.displayName} has no Slack member id` : 'no Slack webhook is configured',
      step.id,
    );
  }
  s.emit(`${step.id}/${scope}`, commands, step.id);
}

/** The approval step waiting for an answer, if any. */
export function pendingApproval(s: Session): ApprovalStep | undefined {
  return s.playbook.steps.find(
    (st): st is ApprovalStep =>
      st.kind === 'approval' && s.run.steps[st.id]?.status === 'active' && !s.run.steps[st.id]?.approval?.answer,
  );
}

/** Who among the approver and the fallback `accountId` is, or undefined when neither. */
export function answererRole(
  s: Session,
  step: ApprovalStep,
  who: { accountId?: string | undefined; email?: string | undefined },
): string | undefined {
  for (const role of [step.approver, step.fallback]) {
    const p = role === undefined ? undefined : s.run.roles[role];
    if (!p) continue;
    if (who.accountId !== undefined && who.accountId === p.accountId) return role;
    if (who.email !== undefined && p.email !== undefined && who.email.toLowerCase() === p.email.toLowerCase())
      return role;
  }
  return undefined;
}

export function applyAnswer(s: Session, step: ApprovalStep, answer: Answer, record?: string): void {
  const state = s.run.steps[step.id];
  if (!state?.approval) return;
  state.approval.answer = answer;
  delete state.approval.nextChaseAt;
  // An answer settles what stood in for one: no answer, an unclear one, an email that could belong elsewhere.
  const settled = ['approval.unanswered', 'answer.unclear', 'answer.ambiguous', 'approval.unavailable'];
  for (const code of [...settled, 'approver.unavailable']) s.clearAttention(code, step.id);
  const who = answer.byName ?? answer.byAccountId;
  if (record !== undefined) s.emit(`${step.id}/answer`, [internalNote(s, record)], step.id);
  if (answer.decision === 'approve') {
    state.status = 'done';
    state.doneAt = s.nowIso;
    s.note('approval.approved', `${who} approved by ${answer.channel}`, step.id);
    return;
  }
  state.status = 'declined';
  state.doneAt = s.nowIso;
  s.note('approval.declined', `${who} declined by ${answer.channel}; steps after ${step.id} will not start`, step.id);
  const r = renderActions(s, step.onDecline);
  if (r.ok) s.emit(`${step.id}/decline`, r.value, step.id);
  s.attention(
    'approval.declined',
    `${who} declined ${stepName(s.playbook, step)}${answer.note ? `: ${answer.note}` : ''}`,
    step.id,
  );
  if (!r.ok) s.attention('step.blocked', `decline actions not applied: ${r.problems.join('; ')}`, step.id);
}
