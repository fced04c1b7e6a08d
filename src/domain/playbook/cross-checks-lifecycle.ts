/** Reference checks of flows, registry lookups and registry actions (see schema/lifecycle.ts). */
import type { Action } from './schema/actions';
import type { Playbook } from './schema/playbook';

type Report = (path: string, code: string, message: string) => void;

function everyAction(pb: Playbook): { action: Action; at: string }[] {
  const out: { action: Action; at: string }[] = [];
  const add = (list: readonly Action[] | undefined, at: string) =>
    (list ?? []).forEach((action, j) => out.push({ action, at: `${at}[${j}]` }));
  pb.steps.forEach((s, i) => {
    if (s.kind === 'action' || s.kind === 'recurring') add(s.actions, `steps[${i}].actions`);
    if (s.kind === 'approval') add(s.onDecline, `steps[${i}].onDecline`);
    add(s.sla?.onBreach, `steps[${i}].sla.onBreach`);
  });
  add(pb.on.customerCommunicationNeeded, 'on.customerCommunicationNeeded');
  return out;
}

function checkFlows(pb: Playbook, intake: Set<string>, report: Report): void {
  const flows = pb.flows ?? [];
  const byId = new Map(pb.steps.map((s) => [s.id, s]));
  const used = new Set<string>();
  const flowIds = new Set<string>();
  flows.forEach((f, i) => {
    const at = `flows[${i}]`;
    if (flowIds.has(f.id)) report(`${at}.id`, 'duplicate_id', `flow id '${f.id}' is used twice`);
    flowIds.add(f.id);
    const inFlow = new Set(f.steps);
    f.steps.forEach((id, j) => {
      used.add(id);
      const step = byId.get(id);
      if (!step) return report(`${at}.steps[${j}]`, 'unknown_step', `no step has id '${id}'`);
      if (f.steps.indexOf(id) !== j) report(`${at}.steps[${j}]`, 'duplicate_id', `'${id}' is listed twice`);
      const outside = [...step.dependsOn, ...(step.kind === 'review' ? [step.of] : [])].filter((d) => !inFlow.has(d));
      if (step.due && step.due.from !== 'start' && !inFlow.has(step.due.from)) outside.push(step.due.from);
      for (const d of new Set(outside))
        if (byId.has(d))
          report(
            `${at}.steps[${j}]`,
            'unknown_step',
            `step '${id}' needs '${d}', which flow '${f.id}' does not run: add '${d}' to the flow or drop the dependency`,
          );
    });
    f.requires.forEach((v, j) => {
      if (!intake.has(v)) report(`${at}.requires[${j}]`, 'unknown_variable', `'${v}' is not an intake field`);
    });
  });
  if (pb.flows)
    pb.steps.forEach((s, i) => {
      if (!used.has(s.id))
        report(`steps[${i}].id`, 'unused_step', `step '${s.id}' is in no flow: list it in a flow's steps or remove it`);
    });
  pb.lookups.forEach((l, i) =>
    l.flows.forEach((f, j) => {
      if (!flowIds.has(f)) report(`lookups[${i}].flows[${j}]`, 'unknown_flow', `no flow has id '${f}'`);
    }),
  );
}

export function checkLifecycle(pb: Playbook, report: Report): void {
  const intake = new Set(pb.intake.map((f) => f.name));
  const decided = new Set(pb.steps.flatMap((s) => (s.kind === 'decision' ? [s.variable] : [])));
  checkFlows(pb, intake, report);
  const lookupVars = new Set<string>();
  pb.lookups.forEach((l, i) => {
    const at = `lookups[${i}]`;
    for (const [key, v] of [
      ['partner', l.partner],
      ['service', l.service],
      ['fallback', l.fallback],
    ] as const)
      if (v !== undefined && !intake.has(v))
        report(`${at}.${key}`, 'unknown_variable', `'${v}' is not an intake field: name the intake variable`);
    if (intake.has(l.var) || lookupVars.has(l.var))
      report(`${at}.var`, 'duplicate_id', `'${l.var}' is already an intake field or a lookup: store it elsewhere`);
    lookupVars.add(l.var);
  });
  const known = (v: string) => intake.has(v) || decided.has(v) || lookupVars.has(v);
  for (const { action: a, at } of everyAction(pb)) {
    if (a.do !== 'updateRegistry') continue;
    for (const [key, flag] of [
      ['shared', a.shared],
      ['onCrm', a.onCrm],
    ] as const)
      for (const v of typeof flag === 'object' ? [flag.var].flat() : [])
        if (!known(v))
          report(`${at}.${key}.var`, 'unknown_variable', `'${v}' is not an intake, decision or lookup variable`);
  }
}

/** Variables lookups and decisions set: templates may read them like intake fields. */
export function lookupVariables(pb: Playbook): string[] {
  return [...pb.lookups.map((l) => l.var), ...pb.steps.flatMap((s) => (s.kind === 'decision' ? [s.variable] : []))];
}
