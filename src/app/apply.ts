/**
 * The pipeline for one event on one run: decide -> execute (ledger) -> report expected failures -> save the run ->
 * mirror its summary to the issue property when it changed -> remember linked tickets.
 */
import type { Attention, Command, EngineEvent, Run, TraceEntry } from '../domain/engine';
import type { Playbook } from '../domain/playbook';
import { addComment, setIssueProperty, text, doc, paragraph } from '../jira';
import {
  appendTrace,
  loadLedger,
  loadPlaybookVersion,
  loadRunRecord,
  rememberLinkedIssue,
  saveLedger,
  saveRunRecord,
  sameSummary,
  type RunRecord,
} from '../storage';
import { decideKnowingAvailability } from './approver-availability';
import type { Invocation } from './context';
import { classify } from './errors';
import { execute, type Failure } from './executor';
import { traceBatch } from './panel-trace';
import { onNewTicket } from './new-ticket';
import { forbiddenHint } from './permission-hint';
import { withRunLock } from './run-lock';
import { propertyValue, RUN_PROPERTY, summaryOf } from './summary';
import { projectOf } from './issue-keys';

export interface Applied {
  run: Run | undefined;
  trace: TraceEntry[];
  commands: Command[];
  failures: Failure[];
}

export async function loadRunAndPlaybook(
  issueKey: string,
): Promise<{ record: RunRecord; playbook: Playbook } | undefined> {
  const record = await loadRunRecord(issueKey);
  if (!record) return undefined;
  const playbook = await loadPlaybookVersion(record.run.playbookId, record.run.playbookVersion);
  if (!playbook)
    throw new Error(
      `run ${record.run.id}: playbook ${record.run.playbookId} v${record.run.playbookVersion} is missing`,
    );
  return { record, playbook };
}

/** The ticket an event that may start a run is about (other events reach a run already stored). */
function startingIssueKey(event: EngineEvent): string | undefined {
  if (event.type === 'ticketCreated') return event.issue.key;
  return event.type === 'panelAction' ? event.issue?.key : undefined;
}

/**
 * Applies an event under the run's lock, deciding on the run as stored once the lock is held (the record the caller
 * read may be stale by then: another invocation may have changed or created it meanwhile).
 */
export async function applyEvent(
  inv: Invocation,
  playbook: Playbook,
  record: RunRecord | undefined,
  event: EngineEvent,
): Promise<Applied> {
  const key = record?.run.issueKey ?? startingIssueKey(event);
  if (key === undefined) return applyLocked(inv, playbook, record, event);
  return withRunLock(key, async () => {
    const fresh = await loadRunRecord(key);
    const same = fresh?.run.playbookId === playbook.id && fresh.run.playbookVersion === playbook.version;
    const loaded = fresh && !same ? await loadRunAndPlaybook(key) : undefined;
    return applyLocked(inv, loaded?.playbook ?? playbook, fresh, event);
  });
}

/** decide -> execute -> report -> save, for a caller that holds the run's lock and read the record under it. */
async function applyLocked(
  inv: Invocation,
  playbook: Playbook,
  record: RunRecord | undefined,
  event: EngineEvent,
): Promise<Applied> {
  const decision = await decideKnowingAvailability(inv, playbook, record?.run, event);
  const run = decision.run;
  if (!run) return { run, trace: decision.trace, commands: [], failures: [] };
  const ledger = await loadLedger(run.issueKey);
  const seen = new Set(ledger);
  const created: string[] = [];
  // The summary as decided: an edit or transition of the run's issue carries it when it changed (no PUT of its own).
  const planned = summaryOf(run);
  const carry = sameSummary(record?.mirrored, planned)
    ? undefined
    : { issueKey: run.issueKey, property: { key: RUN_PROPERTY, value: propertyValue(planned) } };
  const result = await execute(
    {
      jira: inv.jira,
      names: inv.names,
      ...(inv.statuses ? { statuses: inv.statuses } : {}),
      run,
      slackWebhook: inv.slackWebhook,
      warn: (m) => inv.log(m),
      created,
    },
    decision.commands,
    seen,
    async (keys) => {
      ledger.push(...keys);
      await saveLedger(run.issueKey, ledger);
    },
    carry,
  );
  const final = result.failures.length > 0 ? await reportFailures(inv, run, result.failures) : run;
  const summary = summaryOf(final);
  // What Jira holds now: the planned summary only if its carrying request succeeded (a refused one carried nothing).
  const written = result.carried ? planned : record?.mirrored;
  const changed = !sameSummary(written, summary);
  if (changed) await setIssueProperty(inv.jira, final.issueKey, RUN_PROPERTY, propertyValue(summary));
  if (changed || result.carried || final !== record?.run) await saveRunRecord({ run: final, mirrored: summary });
  // The panel's "why did this happen?": only events that changed the run (an idle tick writes nothing).
  if (final !== record?.run) await appendTrace(final.issueKey, final.id, traceBatch(event, inv.now, decision.trace));
  await Promise.all(final.links.map((l) => rememberLinkedIssue(l.key, final.issueKey)));
  // Its own tickets reach no trigger (ignoreSelf): one a playbook matches (S2's review ticket) starts its run here.
  for (const key of created)
    await onNewTicket(inv, {
      eventId: `${event.id}/created/${key}`,
      actorAccountId: undefined,
      issueId: key,
      issueKey: key,
      projectKey: projectOf(key),
      reporterAccountId: undefined,
    });
  return { run: final, trace: decision.trace, commands: decision.commands, failures: result.failures };
}

const NEEDS_ATTENTION = 'The run needs attention: fix the cause, then do this step by hand.';

/** Each failure: an internal comment on the run's ticket saying what could not be done, and attention on the run. */
async function reportFailures(inv: Invocation, run: Run, failures: readonly Failure[]): Promise<Run> {
  const attention: Attention[] = failures.map((f) => ({
    code: `command.${f.code.toLowerCase()}`,
    message: `${describe(f.command)} failed: ${f.message}${f.code === 'FORBIDDEN' ? `. ${forbiddenHint(projectOfCommand(f.command))}` : ''}`,
    at: inv.now.toISOString(),
    ...(f.command.stepId === undefined ? {} : { stepId: f.command.stepId }),
  }));
  for (const a of attention) {
    const body = doc(paragraph(text(`Onboarding playbook: ${a.message}. ${NEEDS_ATTENTION}`)));
    try {
      await addComment(inv.jira, {
        issueIdOrKey: run.issueKey,
        body,
        internal: true,
        commandKey: `${run.id}/failed/${a.message}`.slice(0, 250),
      });
    } catch (error) {
      if (classify(error).kind !== 'expected') throw error;
      inv.log(`could not report on ${run.issueKey}: ${a.message}`);
    }
  }
  return { ...run, attention: [...run.attention, ...attention] };
}

function projectOfCommand(c: Command): string | undefined {
  if (c.type === 'createIssue') return c.project;
  if (!('issue' in c)) return undefined;
  return 'key' in c.issue ? projectOf(c.issue.key) : c.issue.linkedInProject;
}

function describe(c: Command): string {
  switch (c.type) {
    case 'setFields':
      return 'updating the ticket fields';
    case 'transition':
      return `moving ${'key' in c.issue ? c.issue.key : `the ${c.issue.linkedInProject} ticket`} to "${c.toStatus}"`;
    case 'comment':
      return 'posting a comment';
    case 'addWatcher':
      return 'adding a watcher';
    case 'link':
      return `linking (${c.linkType})`;
    case 'createIssue':
      return `creating a ${c.project} ticket`;
    default:
      return c.type;
  }
}

export async function applyToIssueRun(
  inv: Invocation,
  issueKey: string,
  event: EngineEvent,
): Promise<Applied | undefined> {
  return withRunLock(issueKey, async () => {
    const loaded = await loadRunAndPlaybook(issueKey);
    return loaded ? applyLocked(inv, loaded.playbook, loaded.record, event) : undefined;
  });
}
