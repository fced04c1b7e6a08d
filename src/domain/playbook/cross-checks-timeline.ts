/** Reference checks of week timelines (the start date field, the steps recurrences count from) and hand-offs. */
import type { Action } from './schema/actions';
import { ancestors } from './graph';
import type { Playbook } from './schema/playbook';

type Report = (path: string, code: string, message: string) => void;

export function checkTimeline(pb: Playbook, report: Report): void {
  const startsOn = pb.timeline?.startsOn;
  if (startsOn !== undefined) {
    const field = pb.intake.find((f) => f.name === startsOn);
    if (!field)
      report('timeline.startsOn', 'unknown_variable', `'${startsOn}' is not an intake field: name a date field`);
    else if (field.type !== 'date')
      report('timeline.startsOn', 'invalid_value', `'${startsOn}' is a ${field.type} field: the start must be a date`);
  }
  const ids = new Set(pb.steps.map((s) => s.id));
  pb.steps.forEach((s, i) => {
    if (s.kind === 'action') checkDoneBy(pb, s.id, s.actions, `steps[${i}].actions`, ids, report);
    if (s.kind !== 'recurring') return;
    const before = ancestors(pb.steps, s.id);
    for (const key of ['from', 'until'] as const) {
      const from = s.recurrence[key]?.from ?? 'start';
      const path = `steps[${i}].recurrence.${key}.from`;
      if (from === 'start') continue;
      if (!ids.has(from)) report(path, 'unknown_step', `'${from}' is not a step: use 'start' or a step id`);
      else if (!before.has(from))
        report(path, 'required', `the series counts from '${from}': add '${from}' to dependsOn so it is done first`);
    }
  });
}

/** `assign: { to: { doneBy } }` names a task done before the action runs (its completion says who). */
function checkDoneBy(
  pb: Playbook,
  stepId: string,
  actions: readonly Action[],
  at: string,
  ids: ReadonlySet<string>,
  report: Report,
): void {
  const before = ancestors(pb.steps, stepId);
  actions.forEach((a, j) => {
    if (a.do !== 'assign' || typeof a.to !== 'object' || !('doneBy' in a.to)) return;
    const path = `${at}[${j}].to.doneBy`;
    const doneBy = a.to.doneBy;
    const target = pb.steps.find((x) => x.id === doneBy);
    if (!target || !ids.has(target.id)) report(path, 'unknown_step', `no step has id '${doneBy}'`);
    else if (target.kind !== 'task')
      report(path, 'invalid_value', `'${target.id}' is not a task: only a task records who did it`);
    else if (!before.has(target.id))
      report(path, 'required', `add '${target.id}' to dependsOn: the ticket goes to whoever did it, once done`);
  });
}
