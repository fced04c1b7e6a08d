/** Step SLAs on the playbook's business calendar: the state is kept in the run, a breach acts once and needs attention. */
import { DEFAULT_CALENDAR, slaState } from '../schedule';
import type { Step } from '../playbook';
import { renderActions } from './render';
import type { Session } from './session';

function status(s: Session, step: Step, startedAt: string, doneAt?: string) {
  if (!step.sla) return undefined;
  return slaState(s.playbook.calendar ?? DEFAULT_CALENDAR, step.sla, startedAt, s.nowIso, doneAt);
}

/** Starts the SLA clock of a step that just started. */
export function startSla(s: Session, step: Step): void {
  const state = s.run.steps[step.id];
  const st = state?.startedAt === undefined ? undefined : status(s, step, state.startedAt);
  if (!state || !st) return;
  state.sla = { state: st.state, dueAt: st.dueAt, warnAt: st.warnAt };
  s.note('sla.started', `step ${step.id} is due by ${st.dueAt} (business calendar)`, step.id);
}

/** Moves every SLA on: at risk, breached (once: the breach actions and attention), or final when the step is done. */
export function checkSlas(s: Session): void {
  for (const step of s.playbook.steps) {
    const state = s.run.steps[step.id];
    const rec = state?.sla;
    if (!state || !rec || rec.final || state.startedAt === undefined || !step.sla) continue;
    const done = state.status === 'done' ? (state.doneAt ?? s.nowIso) : undefined;
    const st = status(s, step, state.startedAt, done);
    if (!st) continue;
    if (done !== undefined) {
      rec.final = true;
      s.clearAttention('sla.breached', step.id);
      s.note('sla.final', `step ${step.id} finished ${st.state === 'breached' ? 'after' : 'within'} its SLA`, step.id);
    }
    if (st.state === rec.state) continue;
    if (st.state === 'breached' && rec.state !== 'breached') {
      rec.breachedAt = done ?? s.nowIso;
      rec.state = 'breached';
      if (done !== undefined) continue;
      s.attention('sla.breached', `step ${step.id} is past its SLA (due ${rec.dueAt})`, step.id);
      const r = renderActions(s, step.sla.onBreach);
      if (r.ok) s.emit(`${step.id}/sla-breach`, r.value, step.id);
      else
        s.attention('step.blocked', `SLA breach actions of ${step.id} not applied: ${r.problems.join('; ')}`, step.id);
      continue;
    }
    if (rec.state !== 'breached') rec.state = st.state;
    if (st.state === 'at-risk') s.note('sla.at-risk', `step ${step.id} is at risk: due ${rec.dueAt}`, step.id);
  }
}

/** The next instant an active step's SLA changes by itself (for run.nextDueAt). */
export function nextSlaChange(state: {
  status: string;
  sla?: { state: string; warnAt: string; dueAt: string; final?: boolean | undefined };
}): string | undefined {
  const rec = state.sla;
  if (state.status !== 'active' || !rec || rec.final || rec.state === 'breached') return undefined;
  return rec.state === 'ok' ? rec.warnAt : new Date(Date.parse(rec.dueAt) + 1).toISOString();
}
