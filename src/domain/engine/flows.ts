/**
 * Flows: several entry points in one playbook (S2: onboard, add a service, edit or remove one, offboard). The
 * ticket picks the flow when the run starts; the run holds only that flow's steps, so everything else in the engine
 * (advancing, timers, cancelling, completing) sees a smaller playbook and needs no flow logic of its own.
 */
import type { Flow, Playbook } from '../playbook';
import { compileSummaryRegex } from '../playbook';
import type { EngineEvent, IssueSnapshot } from './events';
import type { Session } from './session';

const same = (a: string | undefined, b: string): boolean => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

/** Why a flow does not take this ticket, or undefined when it does. */
export function flowMismatch(flow: Flow, t: IssueSnapshot): string | undefined {
  const m = flow.match;
  if (m.requestType !== undefined && !same(t.requestType, m.requestType)) return `request type is not ${m.requestType}`;
  if (m.issueType !== undefined && !same(t.issueType, m.issueType)) return `issue type is not ${m.issueType}`;
  if (m.summary && 'contains' in m.summary && !t.summary.toLowerCase().includes(m.summary.contains.toLowerCase()))
    return `the summary does not contain "${m.summary.contains}"`;
  if (m.summary && 'regex' in m.summary && !compileSummaryRegex(m.summary.regex, m.summary.ignoreCase)?.test(t.summary))
    return `the summary does not match /${m.summary.regex}/`;
  return undefined;
}

/** The first flow that takes the ticket (undefined: the playbook has flows and none fits). */
export function flowFor(pb: Playbook, t: IssueSnapshot): Flow | undefined {
  return pb.flows?.find((f) => flowMismatch(f, t) === undefined);
}

/** For matchPlaybook: a playbook with flows matches only tickets one of its flows takes. */
export function noFlowReason(pb: Playbook, t: IssueSnapshot): string | undefined {
  if (!pb.flows || flowFor(pb, t)) return undefined;
  return `no flow takes it (${pb.flows.map((f) => `${f.id}: ${flowMismatch(f, t) ?? '?'}`).join('; ')})`;
}

/**
 * Picks the run's flow (a start by hand may name it in `value`) and keeps only its steps. False: the playbook has
 * flows and none applies, so no run starts.
 */
export function enterFlow(s: Session, issue: IssueSnapshot, event: EngineEvent): boolean {
  const flows = s.playbook.flows;
  if (!flows) return true;
  const named = event.type === 'panelAction' && event.value !== undefined ? event.value.trim() : undefined;
  const flow = named ? flows.find((f) => same(f.id, named) || same(f.name, named)) : flowFor(s.playbook, issue);
  if (!flow) {
    s.note(
      'flow.none',
      named ? `${s.playbook.id} has no flow '${named}'` : (noFlowReason(s.playbook, issue) ?? 'no flow fits'),
    );
    return false;
  }
  s.run.flow = flow.id;
  const keep = new Set(flow.steps);
  for (const id of Object.keys(s.run.steps)) if (!keep.has(id)) delete s.run.steps[id];
  s.note('flow.entered', `${issue.key} follows flow ${flow.id} (${flow.name}): ${flow.steps.length} step(s)`);
  return true;
}

/** The run's flow, if the playbook has flows. */
export function flowOf(s: Session): Flow | undefined {
  return s.playbook.flows?.find((f) => f.id === s.run.flow);
}
