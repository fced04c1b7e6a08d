/** Cancelling a whole run: timers stop, linked tickets optionally close, and one internal comment sums it up. */
import type { CommandBody } from './commands';
import { internalNote } from './render';
import type { Session } from './session';
import { playbookName, stepName, stillOpen, textsFor } from './texts';

type Cancel = Extract<Session['event'], { type: 'panelAction' }>;

export function cancelRun(s: Session, e: Cancel): void {
  const t = textsFor(s.playbook);
  const who = e.actor.displayName ?? t.anAgent;
  const done: string[] = [];
  const skipped: string[] = [];
  const stopped: string[] = [];
  for (const step of s.playbook.steps) {
    const st = s.run.steps[step.id];
    const label = stepName(s.playbook, step);
    if (st?.status === 'done') (st.skipped ? skipped : done).push(label);
    else if (st?.status === 'active' || st?.status === 'blocked')
      stopped.push(`${label} (${[t.status[st.status], ...stillOpen(s.playbook, step, st)].join('; ')})`);
  }
  const close = s.playbook.on.cancel?.closeLinked;
  const targets = close
    ? s.run.links.filter((l) => close.projects.length === 0 || close.projects.includes(l.project))
    : [];
  const lines = [t.cancelled(who, playbookName(s.playbook), e.note)];
  if (done.length > 0) lines.push(`${t.done}: ${done.join(', ')}.`);
  if (skipped.length > 0) lines.push(`${t.skipped}: ${skipped.join(', ')}.`);
  if (stopped.length > 0) lines.push(`${t.stopped}: ${stopped.join(', ')}.`);
  if (targets.length > 0) lines.push(`${t.closed}: ${targets.map((l) => l.key).join(', ')}.`);
  lines.push(t.noTimers);
  const commands: CommandBody[] = [internalNote(s, lines.join('\n'))];
  for (const l of targets) {
    const cmd: CommandBody = { type: 'transition', issue: { key: l.key }, toStatus: close?.to ?? '' };
    commands.push(close?.resolution === undefined ? cmd : { ...cmd, resolution: close.resolution });
  }
  s.run.state = 'cancelled';
  s.run.stage = 'cancelled';
  delete s.run.nextDueAt;
  s.emit(`cancel/${e.id}`, commands);
  s.note('run.cancelled', `${who} cancelled the run`);
}
