/**
 * decide(playbook, run, event, now, context) -> { run, commands, trace }: the whole engine as one pure function.
 * It never performs anything: the shell executes the commands (skipping keys its ledger has seen) and saves the run.
 */
import type { Playbook } from '../playbook';
import { advance, checkWait } from './advance';
import { onAnswerTicket, onComment, onPanelAnswer } from './answers';
import { chaseIfDue } from './approval';
import { onApproverUnavailable } from './availability';
import { cancelRun } from './cancel';
import { onCompleteStep, onDecide, onSignOff, onSignoffComment, onWaive } from './manual';
import { onDefer } from './defer';
import { onChangeRecurrence } from './recurrence-change';
import { approveReview, onCheckItem, onFlag } from './review';
import type { EngineEvent } from './events';
import { enterFlow } from './flows';
import { onDateFieldsChanged, onSetDate } from './date-limits';
import type { Run } from './model';
import { onLinkCreated, onTicketUpdated } from './observe';
import { renderActions } from './render';
import type { DecideContext, Decision } from './session';
import { Session } from './session';
import { intake, newRun, resolveRoles } from './start';
import { runSummary, summaryCommand, withNextDue } from './summary';

export function decide(
  playbook: Playbook,
  run: Run | undefined,
  event: EngineEvent,
  now: Date,
  context: DecideContext,
): Decision {
  if (event.actorAccountId !== undefined && event.actorAccountId === context.appAccountId) {
    return {
      run,
      commands: [],
      trace: [{ code: 'hop.ignored', message: `event ${event.id} was caused by the app itself` }],
    };
  }
  if (!run) return start(playbook, event, now, context);
  if (run.playbookId !== playbook.id || run.playbookVersion !== playbook.version) {
    const message = `run ${run.id} is on ${run.playbookId} v${run.playbookVersion}, not ${playbook.id} v${playbook.version}: load the version it started with`;
    return { run, commands: [], trace: [{ code: 'run.wrong-playbook', message }] };
  }
  if (run.state !== 'active')
    return { run, commands: [], trace: [{ code: 'run.inactive', message: `run ${run.id} is ${run.state}` }] };
  // Runs are plain JSON (runSchema): a JSON copy is the draft, and the same text tells later whether anything changed.
  const before = JSON.stringify(withNextDue({ ...run }));
  const s = new Session(playbook, JSON.parse(before) as Run, event, now, context);
  step(s);
  return finish(s, run, before);
}

function start(playbook: Playbook, event: EngineEvent, now: Date, context: DecideContext): Decision {
  const issue =
    event.type === 'ticketCreated'
      ? event.issue
      : event.type === 'panelAction' && event.action === 'startByHand'
        ? event.issue
        : undefined;
  if (!issue)
    return {
      run: undefined,
      commands: [],
      trace: [{ code: 'run.none', message: `no run, and ${event.type} does not start one` }],
    };
  const s = new Session(playbook, newRun(playbook, issue, now.toISOString()), event, now, context);
  if (!enterFlow(s, issue, event)) return { run: undefined, commands: [], trace: s.trace };
  s.note(
    'run.started',
    `${issue.key} starts ${playbook.id} v${playbook.version} (${event.type === 'ticketCreated' ? 'matched' : 'started by hand'})`,
  );
  if (intake(s, issue.description)) advance(s);
  return finish(s, undefined);
}

function step(s: Session): void {
  const e = s.event;
  switch (e.type) {
    case 'ticketCreated':
      return s.note('run.exists', `${s.run.id} already exists`);
    case 'ticketUpdated': {
      const { descriptionChanged } = onTicketUpdated(s, e);
      onDateFieldsChanged(s, e);
      if (descriptionChanged !== undefined && s.run.stage === 'intake') {
        s.note('intake.retry', 'the description changed while intake was blocked: reading it again');
        if (!intake(s, descriptionChanged)) return;
      }
      return advance(s);
    }
    case 'linkCreated':
      onLinkCreated(s, e);
      return advance(s);
    case 'commentAdded':
      onComment(s, e);
      onSignoffComment(s, e);
      return advance(s);
    case 'answerTicket':
      onAnswerTicket(s, e);
      return advance(s);
    case 'timePassed':
      return onTime(s);
    case 'approverUnavailable':
      onApproverUnavailable(s, e);
      return advance(s);
    case 'panelAction':
      return onPanel(s, e);
  }
}

function onTime(s: Session): void {
  for (const st of s.playbook.steps) {
    const state = s.run.steps[st.id];
    if (state?.status !== 'active') continue;
    if (st.kind === 'approval') chaseIfDue(s, st);
    if (st.kind === 'wait') {
      if (checkWait(s, st)) continue;
      if (state.timeoutAt !== undefined && state.timeoutAt <= s.nowIso && !state.timedOut) {
        state.timedOut = true;
        s.attention(
          'wait.timeout',
          `step ${st.id} is overdue: waited since ${state.startedAt ?? '?'} (timeout ${st.timeout ?? ''})`,
          st.id,
        );
      }
    }
  }
  advance(s);
}

function onPanel(s: Session, e: Extract<typeof s.event, { type: 'panelAction' }>): void {
  const who = e.actor.displayName ?? 'an agent';
  switch (e.action) {
    case 'approve':
    case 'decline':
      onPanelAnswer(s, e, e.action);
      return advance(s);
    case 'completeStep':
      if (s.playbook.steps.find((st) => st.id === e.stepId)?.kind === 'review') approveReview(s, e);
      else onCompleteStep(s, e);
      return advance(s);
    case 'checkItem':
      onCheckItem(s, e);
      return advance(s);
    case 'flag':
      onFlag(s, e);
      return advance(s);
    case 'decide':
      onDecide(s, e);
      return advance(s);
    case 'signOff':
      onSignOff(s, e);
      return advance(s);
    case 'waive':
      onWaive(s, e);
      return advance(s);
    case 'setDate':
      onSetDate(s, e);
      return advance(s);
    case 'defer':
      onDefer(s, e);
      return advance(s);
    case 'changeRecurrence':
      onChangeRecurrence(s, e);
      return advance(s);
    case 'customerCommunicationNeeded': {
      const actions = s.playbook.on.customerCommunicationNeeded ?? [];
      if (actions.length === 0) return s.note('hook.none', 'the playbook declares nothing for customer communication');
      const r = renderActions(s, actions);
      if (!r.ok) return s.attention('hook.blocked', `customer communication note not sent: ${r.problems.join('; ')}`);
      s.emit(`customer-communication/${e.id}`, r.value);
      return s.note('hook.customerCommunicationNeeded', `${who} raised "customer communication needed"`);
    }
    case 'cancel':
      return cancelRun(s, e);
    case 'startByHand':
      if (s.run.stage !== 'intake') return retryBlocked(s, who);
      if (!e.issue) return s.note('intake.retry-without-issue', 'start by hand needs the ticket as it is now');
      s.note('intake.retry', `${who} started the run by hand: reading the intake again`);
      s.run.issue.summary = e.issue.summary;
      if (intake(s, e.issue.description)) advance(s);
      return;
  }
}

/** Steps blocked by a gap (e.g. a person missing from the directory) run again once someone fixed it. */
function retryBlocked(s: Session, who: string): void {
  const blocked = Object.entries(s.run.steps).filter(([, st]) => st.status === 'blocked');
  if (blocked.length === 0) return s.note('run.exists', 'the run has already started and nothing is blocked');
  s.note('step.retry', `${who} asked to retry ${blocked.map(([id]) => id).join(', ')}`);
  if (!resolveRoles(s)) return;
  for (const [id, st] of blocked) {
    st.status = 'pending';
    s.clearAttention('step.blocked', id);
  }
  advance(s);
}

function finish(s: Session, before: Run | undefined, beforeJson?: string): Decision {
  withNextDue(s.run);
  if (before !== undefined && s.commands.length === 0 && JSON.stringify(s.run) === beforeJson) {
    return { run: before, commands: [], trace: s.trace };
  }
  s.run.updatedAt = s.nowIso;
  const summary = runSummary(s.run);
  if (before === undefined || JSON.stringify(summary) !== JSON.stringify(runSummary(before))) {
    s.emit(`summary/${s.event.id}`, [summaryCommand(s.run, summary)]);
  }
  return { run: s.run, commands: s.commands, trace: s.trace };
}
