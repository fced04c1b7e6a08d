/** Checks that span fields: ids, dependencies, roles and template variables must all refer to something declared. */
import { templateVariablePaths, templateVariables } from '../template';
import type { PlaybookError } from './errors';
import type { Action } from './schema/actions';
import type { Playbook } from './schema/playbook';
import { variantsOf, type LocalizedText } from './schema/localized';
import { findCycle } from './graph';
import { checkNewKinds } from './cross-checks-kinds';
import { checkLifecycle, lookupVariables } from './cross-checks-lifecycle';
import { checkTimeline } from './cross-checks-timeline';

/** Template roots every playbook text may use besides the intake variables. */
export const TEMPLATE_GLOBALS = ['issue', 'playbook', 'roles'];

type Report = (path: string, code: string, message: string) => void;

export function crossCheck(pb: Playbook): PlaybookError[] {
  const errors: PlaybookError[] = [];
  const report: Report = (path, code, message) => errors.push({ path, code, message });
  const roles = new Set(Object.keys(pb.roles));
  const variables = new Set(pb.intake.map((f) => f.name));
  const declaredVars = [...variables, ...lookupVariables(pb), ...TEMPLATE_GLOBALS];
  const role = (name: string, path: string): void => {
    if (!roles.has(name)) {
      const known = roles.size > 0 ? [...roles].join(', ') : 'none yet';
      report(
        path,
        'unknown_role',
        `role '${name}' is not declared under roles (declared: ${known}): declare it or fix the name`,
      );
    }
  };
  const oneTemplate = (source: string, path: string): void => {
    const vars = templateVariables(source);
    if (!vars.ok) return report(path, 'bad_template', vars.message);
    for (const v of vars.value.filter((name) => !declaredVars.includes(name))) {
      report(
        path,
        'undeclared_variable',
        `'{{ ${v} }}' is not declared: add an intake field named '${v}' or use one of ${declaredVars.join(', ')}`,
      );
    }
    const paths = templateVariablePaths(source);
    for (const [root, name] of paths.ok ? paths.value : []) {
      if (root === 'roles' && name !== undefined) role(name, path);
    }
  };
  // Every language variant is a template of its own: each must parse and read only declared variables.
  const template = (text: LocalizedText, path: string): void => {
    for (const [suffix, source] of variantsOf(text)) oneTemplate(source, `${path}${suffix}`);
  };

  const seenNames = new Set<string>();
  pb.intake.forEach((f, i) => {
    if (seenNames.has(f.name))
      report(`intake[${i}].name`, 'duplicate_id', `intake field '${f.name}' is declared twice: rename one`);
    seenNames.add(f.name);
    if (f.type === 'select' && (f.options ?? []).length === 0) {
      report(`intake[${i}].options`, 'missing_options', `select field '${f.name}' needs its list of options`);
    }
  });

  for (const [name, spec] of Object.entries(pb.roles)) {
    if (spec.fallback !== undefined) {
      if (spec.fallback === name)
        report(`roles.${name}.fallback`, 'cycle', `role '${name}' cannot be its own fallback`);
      else role(spec.fallback, `roles.${name}.fallback`);
    }
    if ('lookup' in spec && !variables.has(spec.lookup.by)) {
      report(
        `roles.${name}.lookup.by`,
        'unknown_variable',
        `'${spec.lookup.by}' is not an intake field: look up by one of ${[...variables].join(', ') || '(no intake fields)'}`,
      );
    }
  }
  pb.match.exclude.senderRoles.forEach((r, i) => role(r, `match.exclude.senderRoles[${i}]`));

  const ids = new Map<string, number>();
  pb.steps.forEach((s, i) => {
    if (ids.has(s.id))
      report(
        `steps[${i}].id`,
        'duplicate_id',
        `step id '${s.id}' is used twice (also steps[${ids.get(s.id)}]): step ids must be unique`,
      );
    else ids.set(s.id, i);
  });
  pb.steps.forEach((s, i) => {
    s.dependsOn.forEach((d, j) => {
      if (d === s.id) report(`steps[${i}].dependsOn[${j}]`, 'cycle', `step '${s.id}' cannot depend on itself`);
      else if (!ids.has(d))
        report(
          `steps[${i}].dependsOn[${j}]`,
          'unknown_step',
          `no step has id '${d}': use one of ${[...ids.keys()].join(', ')}`,
        );
    });
    if (s.due && s.due.from !== 'start' && !ids.has(s.due.from)) {
      report(`steps[${i}].due.from`, 'unknown_step', `no step has id '${s.due.from}': use 'start' or a step id`);
    }
    const at = `steps[${i}]`;
    if (s.kind === 'action') s.actions.forEach((a, j) => checkAction(a, `${at}.actions[${j}]`, role, template, report));
    if (s.kind === 'wait' && s.for.kind === 'linkedIssue' && s.for.create)
      template(s.for.create.summary, `${at}.for.create.summary`);
    if (s.kind === 'approval') {
      role(s.approver, `${at}.approver`);
      if (s.fallback !== undefined) role(s.fallback, `${at}.fallback`);
      template(s.question, `${at}.question`);
      if (s.chase) {
        template(s.chase.text, `${at}.chase.text`);
        if (s.chase.escalate) {
          template(s.chase.escalate.text, `${at}.chase.escalate.text`);
          if (s.fallback === undefined)
            report(`${at}.fallback`, 'required', 'escalation needs a fallback role to escalate to: add fallback');
        }
      }
      s.identifiers.forEach((v, j) => {
        if (!variables.has(v)) report(`${at}.identifiers[${j}]`, 'unknown_variable', `'${v}' is not an intake field`);
      });
      const words = s.answers.comment;
      const overlap = words
        ? words.approve.filter((w) => words.decline.some((d) => d.toLowerCase() === w.toLowerCase()))
        : [];
      if (overlap.length > 0)
        report(
          `${at}.answers.comment`,
          'overlapping_words',
          `'${overlap.join("', '")}' cannot both approve and decline`,
        );
      s.onDecline.forEach((a, j) => checkAction(a, `${at}.onDecline[${j}]`, role, template, report));
    }
  });
  checkNewKinds(pb, role, template, (a, at) => checkAction(a, at, role, template, report), report);
  checkLifecycle(pb, report);
  checkTimeline(pb, report);
  const cycle = findCycle(pb.steps);
  if (cycle) {
    report(
      `steps[${ids.get(cycle[0] ?? '') ?? 0}].dependsOn`,
      'cycle',
      `steps ${cycle.join(' -> ')} depend on each other in a circle: remove one of these dependencies`,
    );
  }
  (pb.on.customerCommunicationNeeded ?? []).forEach((a, j) =>
    checkAction(a, `on.customerCommunicationNeeded[${j}]`, role, template, report),
  );
  return errors;
}

function checkAction(
  a: Action,
  at: string,
  role: (n: string, p: string) => void,
  template: (s: LocalizedText, p: string) => void,
  report: Report,
): void {
  switch (a.do) {
    case 'setFields':
      if (a.organization) template(a.organization.name, `${at}.organization.name`);
      if (a.reporter && 'role' in a.reporter) role(a.reporter.role, `${at}.reporter.role`);
      return;
    case 'addWatchers':
      return a.roles.forEach((r, i) => role(r, `${at}.roles[${i}]`));
    case 'comment':
      a.mentions.forEach((r, i) => role(r, `${at}.mentions[${i}]`));
      template(a.text, `${at}.text`);
      if (a.visibility === 'public' && !a.customerFacing) {
        report(
          `${at}.customerFacing`,
          'not_customer_facing',
          'a public comment reaches the customer: declare it with customerFacing: true, or make it internal',
        );
      }
      return;
    case 'assign':
      if (typeof a.to === 'object' && 'role' in a.to) role(a.to.role, `${at}.to.role`);
      return;
    case 'addParticipants':
      return a.emails.forEach((e, i) => template(e, `${at}.emails[${i}]`));
    case 'createIssue':
      template(a.summary, `${at}.summary`);
      if (a.description !== undefined) template(a.description, `${at}.description`);
      if (a.organization) template(a.organization.name, `${at}.organization.name`);
      if (a.reporter && 'role' in a.reporter) role(a.reporter.role, `${at}.reporter.role`);
      return;
    case 'notifyInterested':
      template(a.list, `${at}.list`);
      return template(a.text, `${at}.text`);
    case 'updateRegistry':
      template(a.partner, `${at}.partner`);
      if (a.service !== undefined) template(a.service, `${at}.service`);
      return;
    default:
      return;
  }
}
