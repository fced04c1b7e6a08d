/**
 * A product event the run-work queue gave up on (its last attempt failed too) must not vanish: the ticket the agent
 * works from gets an internal comment saying what the automation could not do and what to do instead, and its run
 * (if it has one) an attention entry. Best effort, each part guarded: under the same storm they may fail too, and
 * nothing here hides the original failure (the consumer still reports the event as failed).
 */
import type { Attention } from '../domain/engine';
import { addComment, doc, isJiraError, paragraph, setIssueProperty, text } from '../jira';
import type { IssueEventPayload } from '../shared/forge-payloads';
import {
  issueKeyForId,
  loadCurrentPlaybooks,
  loadRunRecord,
  ownerOfLinkedIssue,
  sameSummary,
  saveRunRecord,
} from '../storage';
import type { Invocation } from './context';
import { eventIdOf, projectOf } from './issue-keys';
import { withRunLock } from './run-lock';
import { propertyValue, RUN_PROPERTY, summaryOf } from './summary';

export const LEFT_BEHIND_CODE = 'event.not-processed';

/** The ticket whose run the event was for, or a new ticket a playbook of its project may start on. */
async function ticketFor(payload: IssueEventPayload): Promise<{ key: string; hasRun: boolean } | undefined> {
  if (payload.eventType === 'avi:jira:created:issuelink') {
    for (const id of [payload.sourceIssueId, payload.destinationIssueId]) {
      const key = await issueKeyForId(id);
      if (key !== undefined && (await loadRunRecord(key))) return { key, hasRun: true };
    }
    return undefined;
  }
  const key = payload.issue.key;
  if (await loadRunRecord(key)) return { key, hasRun: true };
  if (payload.eventType === 'avi:jira:created:issue') {
    const project = (payload.issue.fields.project?.key ?? projectOf(key)).toLowerCase();
    const playbooks = await loadCurrentPlaybooks();
    const candidate = playbooks.some((p) => p.enabled && p.match.project.toLowerCase() === project);
    return candidate ? { key, hasRun: false } : undefined;
  }
  const owner = await ownerOfLinkedIssue(key);
  return owner === undefined ? undefined : { key: owner, hasRun: true };
}

function what(payload: IssueEventPayload): string {
  switch (payload.eventType) {
    case 'avi:jira:created:issue':
      return `the new ticket ${payload.issue.key}`;
    case 'avi:jira:updated:issue': {
      const items = payload.changelog.items.map((i) => `${i.field} to "${i.toString ?? ''}"`).join(', ');
      return `the change of ${payload.issue.key}${items ? ` (${items})` : ''}`;
    }
    case 'avi:jira:commented:issue':
      return `a comment on ${payload.issue.key}`;
    case 'avi:jira:created:issuelink':
      return `a link (${payload.issueLinkType.name}) to this ticket`;
  }
}

function why(error: unknown): string {
  if (isJiraError(error)) return `Jira answered ${error.status ?? error.code} to ${error.operation}`;
  return error instanceof Error ? error.message.slice(0, 200) : 'an unknown error';
}

function advice(hasRun: boolean): string {
  if (!hasRun)
    return 'No playbook run was started. Open the Onboarding panel on this ticket and press "Start playbook": it reads the ticket again and starts the playbook that matches.';
  return 'The run may be waiting for what this change should have done: check its next step in the Onboarding panel and do it by hand, or repeat the change once Jira answers again.';
}

export async function recordLeftBehind(
  inv: Invocation,
  payload: IssueEventPayload,
  attempts: number,
  error: unknown,
): Promise<void> {
  let target: { key: string; hasRun: boolean } | undefined;
  try {
    target = await ticketFor(payload);
  } catch (e) {
    inv.log(`left behind, ticket unknown: ${why(e)}`);
  }
  if (!target) return;
  const eventId = eventIdOf(payload);
  const message = `the automation could not finish handling ${what(payload)} after ${attempts} attempts (${why(error)})`;
  try {
    await addComment(inv.jira, {
      issueIdOrKey: target.key,
      body: doc(paragraph(text(`Onboarding playbook: ${message}. ${advice(target.hasRun)}`))),
      internal: true,
      commandKey: `left-behind/${eventId}`.slice(0, 250),
    });
  } catch (e) {
    inv.log(`could not note on ${target.key} that ${message}: ${why(e)}`);
  }
  if (target.hasRun) await markRun(inv, target.key, message);
}

/** The run's attention entry, mirrored to its property so JQL and the glance show it. */
async function markRun(inv: Invocation, issueKey: string, message: string): Promise<void> {
  try {
    await withRunLock(issueKey, async () => {
      const record = await loadRunRecord(issueKey);
      if (!record || record.run.attention.some((a) => a.code === LEFT_BEHIND_CODE && a.message === message)) return;
      const entry: Attention = { code: LEFT_BEHIND_CODE, message, at: inv.now.toISOString() };
      const run = { ...record.run, attention: [...record.run.attention, entry] };
      const summary = summaryOf(run);
      let mirrored = record.mirrored;
      if (!sameSummary(mirrored, summary)) {
        // Unmirrored, the next event on the run writes it (the property differs from the run's summary).
        mirrored = await setIssueProperty(inv.jira, issueKey, RUN_PROPERTY, propertyValue(summary)).then(
          () => summary,
          () => mirrored,
        );
      }
      await saveRunRecord(mirrored === undefined ? { run } : { run, mirrored });
    });
  } catch (e) {
    inv.log(`could not mark the run on ${issueKey} as needing attention: ${why(e)}`);
  }
}
