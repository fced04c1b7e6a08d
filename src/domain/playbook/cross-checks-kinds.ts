/** Reference checks of conditions, SLAs, tasks, decisions and sign-offs. */
import type { Action } from './schema/actions';
import { conditionVariables } from './schema/condition';
import type { LocalizedText } from './schema/localized';
import { ancestors } from './graph';
import type { Playbook } from './schema/playbook';

type Report = (path: string, code: string, message: string) => void;

export function checkNewKinds(
  pb: Playbook,
  role: (name: string, path: string) => void,
  template: (source: LocalizedText, path: string) => void,
  action: (a: Action, at: string) => void,
  report: Report,
): void {
  const intake = new Set([...pb.intake.map((f) => f.name), ...pb.lookups.map((l) => l.var)]);
  const decided = new Map<string, string>();
  for (const s of pb.steps) if (s.kind === 'decision') decided.set(s.variable, s.id);
  pb.steps.forEach((s, i) => {
    const at = `steps[${i}]`;
    if (s.when) {
      const before = ancestors(pb.steps, s.id);
      for (const v of conditionVariables(s.when)) {
        const from = decided.get(v);
        if (from !== undefined && !before.has(from))
          report(`${at}.when`, 'unknown_variable', `'${v}' is decided in step '${from}': add it to dependsOn`);
        else if (from === undefined && !intake.has(v))
          report(`${at}.when`, 'unknown_variable', `'${v}' is neither an intake field nor a decision's variable`);
      }
    }
    s.sla?.onBreach.forEach((a, j) => action(a, `${at}.sla.onBreach[${j}]`));
    if (s.kind === 'task') s.by.forEach((r, j) => role(r, `${at}.by[${j}]`));
    if (s.kind === 'decision') {
      s.by.forEach((r, j) => role(r, `${at}.by[${j}]`));
      template(s.question, `${at}.question`);
      if (intake.has(s.variable))
        report(`${at}.variable`, 'duplicate_id', `'${s.variable}' is an intake field: store the decision elsewhere`);
    }
    if (s.kind === 'task') {
      const items = new Set<string>();
      s.checklist.forEach((c, j) => {
        if (items.has(c.id)) report(`${at}.checklist[${j}].id`, 'duplicate_id', `item '${c.id}' is listed twice`);
        items.add(c.id);
      });
    }
    if (s.kind === 'recurring') s.actions.forEach((a, j) => action(a, `${at}.actions[${j}]`));
    if (s.kind === 'review') {
      s.by.forEach((r, j) => role(r, `${at}.by[${j}]`));
      s.notify.forEach((r, j) => role(r, `${at}.notify[${j}]`));
      const target = pb.steps.find((x) => x.id === s.of);
      if (target?.kind !== 'task')
        report(`${at}.of`, 'unknown_step', `'${s.of}' is not a task step: a review reviews a task`);
      else if (!s.dependsOn.includes(s.of))
        report(`${at}.dependsOn`, 'required', `a review starts when its task is done: add '${s.of}' to dependsOn`);
    }
    if (s.kind === 'signoff') {
      const ids = new Set<string>();
      s.parties.forEach((p, j) => {
        if (ids.has(p.id)) report(`${at}.parties[${j}].id`, 'duplicate_id', `party '${p.id}' is named twice`);
        ids.add(p.id);
        p.roles.forEach((r, k) => role(r, `${at}.parties[${j}].roles[${k}]`));
      });
    }
  });
}
