/** Panel actions and starting by hand: the agent's permission on the issue is checked before anything happens. */
import { z } from 'zod';
import type { ApprovalState, EngineEvent, Run, StepState } from '../domain/engine';
import { textIn, type Playbook } from '../domain/playbook';
import { matchPlaybook } from '../domain/engine';
import { getMyPermissions, isJiraError, userJira, type JiraClient } from '../jira';
import type { ApprovalView, PanelAction, RunView, StepView, Why } from '../shared/contracts';
import { now } from '../shared/runtime';
import { loadCurrentPlaybooks, loadPlaybookVersion, loadRunRecord } from '../storage';
import { applyEvent, applyToIssueRun, type Applied } from './apply';
import { jiraDeps, type Invocation } from './context';
import { snapshotOf } from './new-ticket';
import { stepDetails } from './panel-steps';
import { localizeRunView, viewerLanguage } from './panel-texts';
import { deferrableSteps, isWeekBased, plannedOnly, timelineView } from './panel-timeline';

export class PermissionDenied extends Error {
  readonly code = 'FORBIDDEN';
}

/** What the agent may do on this issue, asked as the agent (asUser). */
export async function requirePermission(
  issueKey: string,
  permission: 'BROWSE_PROJECTS' | 'EDIT_ISSUES',
  jira: JiraClient = userJira(jiraDeps()),
): Promise<void> {
  // Jira answers 404 for an issue the caller may not see: that is a refusal too.
  const none: Record<string, boolean> = {};
  const granted = await getMyPermissions(jira, [permission], { issueKey }).catch((error: unknown) => {
    if (isJiraError(error, 'NOT_FOUND') || isJiraError(error, 'FORBIDDEN')) return none;
    throw error;
  });
  if (!granted[permission])
    throw new PermissionDenied(`you may not ${permission === 'EDIT_ISSUES' ? 'edit' : 'see'} ${issueKey}`);
}

export async function getRunForPanel(issueKey: string): Promise<Run | undefined> {
  return (await loadRunRecord(issueKey))?.run;
}

const stepDefSchema = z.looseObject({
  id: z.string(),
  kind: z.string(),
  // A name or lane in two languages is left to localizeRunView (panel-texts.ts).
  name: z.string().optional().catch(undefined),
  lane: z.string().optional().catch(undefined),
  dependsOn: z.array(z.string()).optional(),
  approver: z.string().optional(),
  fallback: z.string().optional(),
  for: z.looseObject({ kind: z.string(), project: z.string().optional() }).optional(),
});
type StepDef = z.infer<typeof stepDefSchema>;

const nameOf = (run: Run, role: string | undefined, accountId?: string): string | undefined => {
  const person = role === undefined ? undefined : run.roles[role];
  if (person) return person.displayName;
  return Object.values(run.roles).find((p) => p.accountId === accountId)?.displayName ?? accountId;
};

function approvalView(run: Run, def: StepDef | undefined, a: ApprovalState): ApprovalView {
  const fallback = nameOf(run, def?.fallback, a.fallbackAccountId);
  return {
    askedAt: a.askedAt,
    approver: nameOf(run, def?.approver, a.approverAccountId) ?? a.approverAccountId,
    ...(fallback === undefined ? {} : { fallback }),
    chases: a.chases,
    ...(a.nextChaseAt ? { nextChaseAt: a.nextChaseAt } : {}),
    ...(a.escalatedAt ? { escalatedAt: a.escalatedAt } : {}),
    ...(a.answer
      ? {
          answer: {
            decision: a.answer.decision,
            by: a.answer.byName ?? nameOf(run, undefined, a.answer.byAccountId) ?? a.answer.byAccountId,
            channel: a.answer.channel,
            at: a.answer.at,
            ...(a.answer.note ? { note: a.answer.note } : {}),
            ...(a.answer.ticketKey ? { ticketKey: a.answer.ticketKey } : {}),
          },
        }
      : {}),
  };
}

/** The reasons behind a step's state, from the stored run and its playbook version (the engine's own rules). */
function whyOf(run: Run, id: string, def: StepDef | undefined, s: StepState): Why[] {
  const why: Why[] = [];
  const deps = def?.dependsOn ?? [];
  if (s.startedAt)
    why.push(
      deps.length > 0
        ? { code: 'startedAfter', at: s.startedAt, detail: deps.join(', ') }
        : { code: 'startedWithRun', at: s.startedAt },
    );
  if (def?.for) why.push({ code: `waitsFor.${def.for.kind}`, ...(def.for.project ? { detail: def.for.project } : {}) });
  if (s.waitUntil) why.push({ code: 'waitUntil', at: s.waitUntil });
  if (s.approval) {
    why.push({ code: 'asked', at: s.approval.askedAt });
    for (const chase of s.approval.chases) why.push({ code: 'chased', at: chase });
    if (s.approval.escalatedAt) why.push({ code: 'escalated', at: s.approval.escalatedAt });
    const answer = s.approval.answer;
    if (answer) why.push({ code: `answered.${answer.decision}`, at: answer.at, detail: answer.channel });
  }
  if (s.timedOut && s.timeoutAt) why.push({ code: 'timedOut', at: s.timeoutAt });
  for (const a of run.attention.filter((x) => x.stepId === id))
    why.push({ code: 'attention', at: a.at, detail: a.message });
  if (s.doneAt) why.push({ code: s.status === 'declined' ? 'declined' : 'done', at: s.doneAt });
  return why;
}

/** What the panel shows of a run: steps in playbook order, with owner, due state, approval and reasons. */
export function buildRunView(run: Run, playbook: Playbook | undefined, at: Date, locale?: string): RunView {
  const defs = new Map<string, StepDef>();
  for (const step of playbook?.steps ?? []) {
    const parsed = stepDefSchema.safeParse(step);
    if (parsed.success) defs.set(parsed.data.id, parsed.data);
  }
  const typed = new Map((playbook?.steps ?? []).map((st) => [st.id, st]));
  const weekBased = playbook !== undefined && isWeekBased(playbook);
  const deferrable = weekBased ? deferrableSteps(playbook, run) : new Set<string>();
  const planned = weekBased ? plannedOnly(playbook, run) : new Map<string, string>();
  const order = [...defs.keys(), ...Object.keys(run.steps).filter((id) => !defs.has(id))];
  const own = playbook?.language ?? 'en';
  const lang = viewerLanguage(locale) ?? own;
  const steps: StepView[] = order.flatMap((id) => {
    const s = run.steps[id];
    if (!s) return [];
    const def = defs.get(id);
    const open = s.status === 'active' || s.status === 'pending' || s.status === 'blocked';
    const dueAt = s.dueAt ?? s.timeoutAt;
    // An open step is overdue when its due time has passed or its service level is breached (S4's configuration).
    const overdue = open && ((dueAt !== undefined && Date.parse(dueAt) < at.getTime()) || s.sla?.state === 'breached');
    const owner = s.approval ? nameOf(run, def?.approver, s.approval.approverAccountId) : undefined;
    const description = typed.get(id)?.description;
    return [
      {
        id,
        status: s.status,
        ...(dueAt ? { dueAt } : {}),
        ...(def?.name ? { name: def.name } : {}),
        ...(description === undefined ? {} : { description: textIn(description, lang, own) }),
        ...(def ? { kind: def.kind, lane: def.lane ?? 'support' } : {}),
        ...(owner ? { owner } : {}),
        overdue,
        ...(s.skipped ? { skipped: true } : {}),
        ...(s.startedAt ? { startedAt: s.startedAt } : {}),
        ...(s.doneAt ? { doneAt: s.doneAt } : {}),
        why: whyOf(run, id, def, s),
        ...(s.approval ? { approval: approvalView(run, def, s.approval) } : {}),
        ...stepDetails(run, typed.get(id), s),
        ...(planned.has(id) && !dueAt ? { plannedAt: planned.get(id) } : {}),
        ...(deferrable.has(id) ? { deferrable: true } : {}),
      },
    ];
  });
  const finished = steps.filter((s) => s.status === 'done' || s.status === 'declined').length;
  return localizeRunView(run, playbook, locale, {
    runId: run.id,
    playbookId: run.playbookId,
    ...(playbook ? { playbookName: textIn(playbook.name, lang, own) } : {}),
    playbookVersion: run.playbookVersion,
    state: run.state,
    stage: run.stage,
    ...(run.nextDueAt === undefined ? {} : { nextDueAt: run.nextDueAt }),
    progress: { done: finished, total: steps.length },
    waitingOn: steps
      .filter((s) => s.status === 'active' || s.status === 'blocked')
      .map((s) => ({ stepId: s.id, who: s.owner ?? s.lane ?? 'support' })),
    attention: run.attention.map((a) => ({
      code: a.code,
      message: a.message,
      at: a.at,
      ...(a.stepId ? { stepId: a.stepId } : {}),
    })),
    steps,
    ...(weekBased ? timelineOf(playbook, run, at) : {}),
  });
}

function timelineOf(playbook: Playbook, run: Run, at: Date): Pick<RunView, 'timeline' | 'week'> {
  const { weeks, week } = timelineView(playbook, run, at);
  return week ? { timeline: weeks, week } : { timeline: weeks };
}

/** The panel's view of the run on this issue, or null when there is none; playbook texts in `locale`'s language. */
export async function runViewFor(issueKey: string, locale?: string): Promise<RunView | null> {
  const run = await getRunForPanel(issueKey);
  if (!run) return null;
  return buildRunView(run, await loadPlaybookVersion(run.playbookId, run.playbookVersion), now(), locale);
}

/** Which step (and party, option or checklist item) a step action names. */
export interface StepTarget {
  stepId?: string | undefined;
  party?: string | undefined;
  value?: string | undefined;
  item?: string | undefined;
  /** defer: the day the step moves to (YYYY-MM-DD). */
  date?: string | undefined;
  /** changeRecurrence: the new RRULE. */
  rrule?: string | undefined;
  playbookId?: string | undefined;
}

export async function panelAction(
  inv: Invocation,
  issueKey: string,
  actor: { accountId: string; displayName?: string },
  action: PanelAction,
  requestId: string,
  note?: string,
  target: StepTarget = {},
): Promise<Applied | undefined> {
  const base = { id: `panel:${requestId}`, type: 'panelAction' as const, actor, ...(note ? { note } : {}) };
  const { playbookId, ...step } = target;
  if (action === 'startByHand') return startByHand(inv, issueKey, base, playbookId);
  const fields = Object.fromEntries(Object.entries(step).filter(([, v]) => v !== undefined));
  return applyToIssueRun(inv, issueKey, { ...base, ...fields, action });
}

async function startByHand(
  inv: Invocation,
  issueKey: string,
  base: Omit<Extract<EngineEvent, { type: 'panelAction' }>, 'action'>,
  playbookId?: string,
): Promise<Applied | undefined> {
  const issue = await snapshotOf(inv, issueKey);
  const event: EngineEvent = { ...base, action: 'startByHand', issue };
  const existing = await loadRunRecord(issueKey);
  if (existing) {
    const pb = await loadPlaybookVersion(existing.run.playbookId, existing.run.playbookVersion);
    return pb ? applyEvent(inv, pb, existing, event) : undefined;
  }
  const playbooks = (await loadCurrentPlaybooks()).filter((p) => p.enabled);
  const chosen =
    playbookId !== undefined
      ? playbooks.find((p) => p.id === playbookId)
      : (() => {
          const m = matchPlaybook(playbooks, issue, inv.decide.directory);
          return m.kind === 'match' ? m.playbook : undefined;
        })();
  return chosen ? applyEvent(inv, chosen, undefined, event) : undefined;
}

/** Automation "start a playbook on an issue": the named playbook, whatever its match says. */
export function startPlaybook(
  inv: Invocation,
  issueKey: string,
  playbookId: string,
  requestId: string,
): Promise<Applied | undefined> {
  return startByHand(
    inv,
    issueKey,
    {
      id: `automation:${requestId}`,
      type: 'panelAction',
      actor: { accountId: inv.decide.appAccountId, displayName: 'Jira Automation' },
    },
    playbookId,
  );
}

export { applyToIssueRun };
