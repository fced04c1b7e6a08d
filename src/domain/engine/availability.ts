/**
 * An approver who cannot answer (the shell found their Jira account deactivated or gone): chasing them is pointless,
 * so the fallback is asked at once, with an internal comment saying why, instead of after the whole chase ladder.
 */
import type { ApprovalStep } from '../playbook';
import type { EngineEvent } from './events';
import type { Run } from './model';
import { commentBody, internalNote, render } from './render';
import type { Session } from './session';
import { languageOf } from './texts';

type Ev = Extract<EngineEvent, { type: 'approverUnavailable' }>;

const TEXTS = {
  en: {
    insteadOf: (who: string, why: string, question: string) =>
      `${who} cannot answer this approval: ${why}. You are the fallback approver, so you are asked instead. ${question}`,
    nobody: (who: string, why: string) =>
      `${who} cannot answer this approval: ${why}. There is nobody else to ask: record the answer in the onboarding panel, and update the people directory.`,
  },
  nb: {
    insteadOf: (who: string, why: string, question: string) =>
      `${who} kan ikke svare på denne godkjenningen: ${why}. Du er reserve-godkjenner, så du blir spurt i stedet. ${question}`,
    nobody: (who: string, why: string) =>
      `${who} kan ikke svare på denne godkjenningen: ${why}. Det er ingen andre å spørre: registrer svaret i onboarding-panelet, og oppdater persondirektoriet.`,
  },
};

const roleOf = (s: Session, accountId: string): string | undefined =>
  Object.entries(s.run.roles).find(([, p]) => p.accountId === accountId)?.[0];

export const unavailableReason = (run: Run, accountId: string | undefined): string | undefined =>
  accountId === undefined ? undefined : run.unavailable?.[accountId]?.reason;

/** The shell learned that someone of this run cannot answer: remember it, and act on any approval waiting on them. */
export function onApproverUnavailable(s: Session, e: Ev): void {
  const role = roleOf(s, e.accountId);
  if (role === undefined)
    return s.note('unavailable.not-in-run', `${e.accountId} holds no role in this run: nothing to change`);
  if (s.run.unavailable?.[e.accountId])
    return s.note('unavailable.known', `${s.run.roles[role]?.displayName ?? role} was already known unavailable`);
  s.run.unavailable = { ...s.run.unavailable, [e.accountId]: { reason: e.reason, at: s.nowIso } };
  s.note('unavailable.recorded', `${s.run.roles[role]?.displayName ?? role} (role ${role}) cannot answer: ${e.reason}`);
  for (const step of s.playbook.steps) {
    if (step.kind !== 'approval' || s.run.steps[step.id]?.status !== 'active') continue;
    routeAroundUnavailable(s, step);
  }
}

/**
 * For an approval waiting on someone who cannot answer: no more chases of them; the fallback is asked at once if
 * there is one who can answer, else the run needs attention. Returns whether it changed anything (the caller then
 * sends no question or chase to the approver).
 */
export function routeAroundUnavailable(s: Session, step: ApprovalStep): boolean {
  const approval = s.run.steps[step.id]?.approval;
  if (!approval || approval.answer) return false;
  const approverWhy = unavailableReason(s.run, approval.approverAccountId);
  const fallbackWhy = unavailableReason(s.run, approval.fallbackAccountId);
  const escalated = approval.escalatedAt !== undefined;
  if (escalated ? fallbackWhy === undefined : approverWhy === undefined) return false;
  delete approval.nextChaseAt;
  const t = TEXTS[languageOf(s.playbook)];
  const approver = s.run.roles[step.approver];
  const fallback = step.fallback === undefined ? undefined : s.run.roles[step.fallback];
  if (!escalated && step.fallback !== undefined && fallback && fallbackWhy === undefined) {
    const question = render(s, step.question, 'question');
    const text = t.insteadOf(
      approver?.displayName ?? step.approver,
      approverWhy ?? '',
      question.ok ? question.value : '',
    );
    const body = commentBody(s, [step.fallback], text.trim());
    if (!body.ok) {
      s.attention('step.blocked', body.problems.join('; '), step.id);
      return true;
    }
    approval.escalatedAt = s.nowIso;
    s.emit(
      `${step.id}/unavailable`,
      [{ type: 'comment', issue: s.thisIssue, visibility: 'internal', body: body.value }],
      step.id,
    );
    s.note(
      'approval.escalated',
      `${approver?.displayName ?? step.approver} cannot answer (${approverWhy ?? ''}): asked ${fallback.displayName} (role ${step.fallback}) at once`,
      step.id,
    );
    s.attention(
      'approver.unavailable',
      `${approver?.displayName ?? step.approver} cannot answer (${approverWhy ?? ''}): ${fallback.displayName} was asked instead. Update the people directory.`,
      step.id,
    );
    return true;
  }
  // Nobody left who can answer: the approver, or the fallback already asked, cannot; say so once on the ticket.
  const who = escalated ? (fallback?.displayName ?? step.fallback ?? '') : (approver?.displayName ?? step.approver);
  const why = (escalated ? fallbackWhy : approverWhy) ?? '';
  s.emit(`${step.id}/unavailable${escalated ? '-fallback' : ''}`, [internalNote(s, t.nobody(who, why))], step.id);
  s.attention(
    'approval.unavailable',
    `${who} cannot answer (${why}) and nobody else can be asked: record the answer in the panel`,
    step.id,
  );
  return true;
}

/**
 * The people a decision just asked, chased or escalated to, whom the shell should check can still answer (their
 * Jira account active): every approval that was asked, chased or escalated between `before` and `after`.
 */
export function peopleNudged(before: Run | undefined, after: Run | undefined): string[] {
  if (!after) return [];
  const out = new Set<string>();
  for (const [id, st] of Object.entries(after.steps)) {
    const a = st.approval;
    if (!a || a.answer) continue;
    const was = before?.steps[id]?.approval;
    if (!was || a.chases.length > was.chases.length) out.add(a.approverAccountId);
    if (a.escalatedAt !== undefined && was?.escalatedAt === undefined && a.fallbackAccountId !== undefined)
      out.add(a.fallbackAccountId);
  }
  return [...out].filter((id) => after.unavailable?.[id] === undefined);
}
