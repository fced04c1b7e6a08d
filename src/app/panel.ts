/** Panel actions and starting by hand: the agent's permission on the issue is checked before anything happens. */
import type { EngineEvent, Run } from '../domain/engine';
import { matchPlaybook } from '../domain/engine';
import { getMyPermissions, isJiraError, userJira, type JiraClient } from '../jira';
import type { PanelAction } from '../shared/contracts';
import { loadCurrentPlaybooks, loadPlaybookVersion, loadRunRecord } from '../storage';
import { applyEvent, applyToIssueRun, type Applied } from './apply';
import { jiraDeps, type Invocation } from './context';
import { snapshotOf } from './new-ticket';

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

export async function panelAction(
  inv: Invocation,
  issueKey: string,
  actor: { accountId: string; displayName?: string },
  action: PanelAction,
  requestId: string,
  note?: string,
): Promise<Applied | undefined> {
  const base = { id: `panel:${requestId}`, type: 'panelAction' as const, actor, ...(note ? { note } : {}) };
  if (action === 'startByHand') return startByHand(inv, issueKey, base);
  return applyToIssueRun(inv, issueKey, { ...base, action });
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
