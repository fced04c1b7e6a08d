/** Starting a run: intake from the description, then roles from the directory; all or nothing before any step. */
import { resolveRole } from '../people';
import type { Playbook } from '../playbook';
import type { IssueSnapshot } from './events';
import { readInputs } from './inputs';
import type { Run } from './model';
import { internalNote } from './render';
import type { Session } from './session';
import { playbookName, roleGap, textsFor } from './texts';

export function runIdFor(playbook: Playbook, issueKey: string): string {
  return `${playbook.id}:${issueKey}`;
}

export function newRun(playbook: Playbook, issue: IssueSnapshot, nowIso: string): Run {
  const run: Run = {
    id: runIdFor(playbook, issue.key),
    issueKey: issue.key,
    playbookId: playbook.id,
    playbookVersion: playbook.version,
    state: 'active',
    stage: 'intake',
    startedAt: nowIso,
    updatedAt: nowIso,
    variables: {},
    roles: {},
    steps: Object.fromEntries(playbook.steps.map((st) => [st.id, { status: 'pending' as const }])),
    issue: { summary: issue.summary, fields: {} },
    links: [],
    attention: [],
  };
  if (issue.id !== undefined) run.issueId = issue.id;
  if (issue.status !== undefined) run.issue.status = issue.status;
  if (issue.reporter !== undefined) run.issue.reporter = issue.reporter;
  if (issue.fields !== undefined) run.issue.fields = { ...issue.fields };
  return run;
}

/**
 * Reads the intake and resolves the roles. On any problem: one internal comment that lists exactly what is missing,
 * the run needs attention and stays at 'intake' (no step starts, so no field is written).
 */
export function intake(s: Session, description: unknown): boolean {
  const { values, problems } = readInputs(s, description);
  s.run.variables = values;
  s.clearAttention('intake.invalid');
  s.clearAttention('role.unresolved');
  if (problems.length > 0) {
    const lines = problems.map((p) => `- ${p.message}`).join('\n');
    s.emit(`intake/${s.event.id}`, [
      internalNote(s, textsFor(s.playbook).cannotStart(playbookName(s.playbook), lines)),
    ]);
    s.attention('intake.invalid', `intake: ${problems.map((p) => p.message).join('; ')}`);
    s.note(
      'intake.problems',
      `${problems.length} intake problem(s): ${problems.map((p) => `${p.field} ${p.code}`).join(', ')}`,
    );
    return false;
  }
  s.note('intake.read', `intake read: ${Object.keys(values).join(', ') || 'no fields'}`);
  if (!resolveRoles(s)) return false;
  s.run.stage = '';
  return true;
}

/** Who holds each role, from the directory as it is now; on any gap one note and needs-attention. */
export function resolveRoles(s: Session): boolean {
  s.clearAttention('role.unresolved');
  const unresolved: string[] = [];
  for (const name of Object.keys(s.playbook.roles)) {
    const r = resolveRole(name, s.playbook.roles, s.ctx.directory, s.run.variables);
    if (r.ok) {
      s.run.roles[name] = r.person;
      s.note(`role.${r.via}`, r.note);
    } else unresolved.push(roleGap(s.playbook, name, s.playbook.roles[name], r.message));
  }
  if (unresolved.length > 0) {
    const lines = unresolved.map((u) => `- ${u}`).join('\n');
    s.emit(`roles/${s.event.id}`, [internalNote(s, textsFor(s.playbook).cannotGoOn(playbookName(s.playbook), lines))]);
    s.attention('role.unresolved', unresolved.join('; '));
    return false;
  }
  return true;
}
