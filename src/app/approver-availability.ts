/**
 * decide(), knowing who can still answer. When a decision asks, chases or escalates to someone, their Jira user is read
 * (`active`); a deactivated or deleted account is told to the engine (`approverUnavailable`) BEFORE the event, and the
 * event is decided again: the question goes to the fallback at once, and nobody is chased who cannot answer. Nothing
 * was performed yet, and decide() is pure, so deciding again costs no Jira call. The run remembers who is
 * unavailable, so each person is read once per ask or chase, never on an idle tick.
 */
import type { Decision, EngineEvent, Run } from '../domain/engine';
import { decide, peopleNudged } from '../domain/engine';
import type { Playbook } from '../domain/playbook';
import { getUser } from '../jira';
import type { Invocation } from './context';
import { classify } from './errors';

export const DEACTIVATED = 'their Jira account is deactivated';
export const NO_ACCOUNT = 'their Jira account no longer exists';

interface Learned {
  accountId: string;
  reason: string;
}

/** Why `accountId` cannot answer, or undefined when they can (or Jira could not tell now: the next nudge asks again). */
async function whyUnavailable(inv: Invocation, accountId: string): Promise<string | undefined> {
  try {
    return (await getUser(inv.jira, accountId)).active ? undefined : DEACTIVATED;
  } catch (error) {
    const kind = classify(error);
    if (kind.kind === 'expected' && kind.code === 'NOT_FOUND') return NO_ACCOUNT;
    inv.log(`could not check whether ${accountId} can answer: ${kind.kind === 'expected' ? kind.message : 'error'}`);
    return undefined;
  }
}

export async function decideKnowingAvailability(
  inv: Invocation,
  playbook: Playbook,
  run: Run | undefined,
  event: EngineEvent,
): Promise<Decision> {
  const learned: Learned[] = [];
  let decision = decide(playbook, run, event, inv.now, inv.decide);
  // Each round can only add people (an unavailable approver's fallback is checked next), so a few rounds suffice.
  for (let round = 0; round < 3; round += 1) {
    const nudged = peopleNudged(run, decision.run).filter((id) => !learned.some((l) => l.accountId === id));
    const found: Learned[] = [];
    for (const accountId of nudged) {
      const reason = await whyUnavailable(inv, accountId);
      if (reason !== undefined) found.push({ accountId, reason });
    }
    if (found.length === 0) return decision;
    learned.push(...found);
    decision = decideAgain(inv, playbook, run, event, learned);
  }
  return decision;
}

/** What the shell learned first, then the event; on a run this event starts, what it learned right after. */
function decideAgain(
  inv: Invocation,
  playbook: Playbook,
  run: Run | undefined,
  event: EngineEvent,
  learned: readonly Learned[],
): Decision {
  const out: Decision = { run, commands: [], trace: [] };
  const apply = (e: EngineEvent): void => {
    const d = decide(playbook, out.run, e, inv.now, inv.decide);
    out.run = d.run;
    out.commands.push(...d.commands);
    out.trace.push(...d.trace);
  };
  const news = learned.map((l): EngineEvent => ({
    id: `${event.id}/unavailable/${l.accountId}`,
    type: 'approverUnavailable',
    ...l,
  }));
  if (run) news.forEach(apply);
  apply(event);
  if (!run) news.forEach(apply);
  return out;
}
