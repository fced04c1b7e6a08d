/** Answers to a pending approval: a comment by the approver, a panel action, or a new ticket recognised as an answer. */
import { replyText } from '../intake';
import type { Answer } from './model';
import { answererRole, applyAnswer, pendingApproval } from './approval';
import type { EngineEvent } from './events';
import type { Session } from './session';
import { textsFor } from './texts';
import { readAnswer } from './words';

type Ev<T extends EngineEvent['type']> = Extract<EngineEvent, { type: T }>;

export function onComment(s: Session, e: Ev<'commentAdded'>): void {
  if (e.issueKey !== s.run.issueKey)
    return s.note('comment.elsewhere', `a comment on ${e.issueKey} is not an answer here`);
  const step = pendingApproval(s);
  if (!step?.answers.comment) return s.note('comment.ignored', 'no approval is waiting for a comment answer');
  const role = answererRole(s, step, e.author);
  if (role === undefined)
    return s.note('comment.not-approver', 'the comment is not by the approver or the fallback', step.id);
  const person = s.run.roles[role];
  // Email replies quote the question, which names both answer words: only the sender's own words count.
  const decision = readAnswer(replyText(e.text), step.answers.comment);
  if (decision === 'none')
    return s.note(
      'comment.no-answer',
      `${person?.displayName ?? role} commented without approve or decline words`,
      step.id,
    );
  if (decision === 'ambiguous') {
    return s.attention(
      'answer.unclear',
      `${person?.displayName ?? role}'s comment has both approve and decline words: record the answer in the panel`,
      step.id,
    );
  }
  const answer: Answer = {
    decision,
    byAccountId: person?.accountId ?? e.author.accountId ?? '',
    channel: 'comment',
    at: s.nowIso,
  };
  if (person) answer.byName = person.displayName;
  applyAnswer(s, step, answer);
}

export function onPanelAnswer(s: Session, e: Ev<'panelAction'>, decision: 'approve' | 'decline'): void {
  const step = pendingApproval(s);
  if (!step?.answers.panel) return s.note('panel.no-pending-approval', 'no approval is waiting for a panel answer');
  const answer: Answer = { decision, byAccountId: e.actor.accountId, channel: 'panel', at: s.nowIso };
  if (e.actor.displayName !== undefined) answer.byName = e.actor.displayName;
  if (e.note !== undefined) answer.note = e.note;
  const t = textsFor(s.playbook);
  const record = t.recorded(e.actor.displayName ?? t.anAgent, decision === 'approve', e.note);
  applyAnswer(s, step, answer, record);
}

export function onAnswerTicket(s: Session, e: Ev<'answerTicket'>): void {
  const step = pendingApproval(s);
  if (!step) return s.note('answer-ticket.no-pending-approval', `${e.ticket.key} arrived but no approval is waiting`);
  if (e.ambiguousWith.length > 1) {
    const others = e.ambiguousWith.filter((id) => id !== s.run.id);
    return s.attention(
      'answer.ambiguous',
      `${e.ticket.key} may answer this run or ${others.join(', ')}: link it by hand and record the answer in the panel`,
      step.id,
    );
  }
  const dup = step.answers.duplicateTicket;
  if (!dup)
    return s.note('answer-ticket.not-accepted', `approval ${step.id} does not take answers by new ticket`, step.id);
  const role = answererRole(s, step, e.ticket.reporter ?? {});
  if (role === undefined)
    return s.note('answer-ticket.not-approver', `${e.ticket.key} is not from the approver or the fallback`, step.id);
  const answerRef = { key: e.ticket.key };
  s.emit(
    `${step.id}/answer-ticket`,
    [
      { type: 'link', linkType: dup.linkType, inward: answerRef, outward: s.thisIssue },
      { type: 'transition', issue: answerRef, toStatus: dup.closeStatus, resolution: dup.resolution },
    ],
    step.id,
  );
  s.note(
    'answer-ticket.duplicate',
    `${e.ticket.key} is linked as a duplicate of ${s.run.issueKey} and closed`,
    step.id,
  );
  const text = `${e.ticket.summary}\n${replyText(e.ticket.description)}`;
  const decision = step.answers.comment ? readAnswer(text, step.answers.comment) : 'none';
  if (decision !== 'approve' && decision !== 'decline') {
    return s.attention(
      'answer.unclear',
      `${e.ticket.key} answers this approval but says neither approve nor decline: record the answer in the panel`,
      step.id,
    );
  }
  const person = s.run.roles[role];
  const answer: Answer = {
    decision,
    byAccountId: person?.accountId ?? '',
    channel: 'duplicateTicket',
    at: s.nowIso,
    ticketKey: e.ticket.key,
  };
  if (person) answer.byName = person.displayName;
  applyAnswer(
    s,
    step,
    answer,
    `${person?.displayName ?? role} answered by email in ${e.ticket.key} (closed as a duplicate): ${decision === 'approve' ? 'approved' : 'declined'}.`,
  );
}
