/**
 * A new ticket: first, is it an answer to a pending approval (an approver's email without the ticket key)? Only
 * then may a playbook match it. Pending runs are found by JQL on the indexed run property, never by scanning.
 */
import type { EngineEvent, IssueSnapshot } from '../domain/engine';
import { matchAnswerTicket, matchPlaybook } from '../domain/engine';
import { findPerson } from '../domain/people';
import type { Playbook } from '../domain/playbook';
import { getIssue, searchJql } from '../jira';
import { loadCurrentPlaybooks, loadRunRecord, type RunRecord } from '../storage';
import { applyEvent, applyToIssueRun, type Applied } from './apply';
import type { Invocation } from './context';
import { AppProblem } from './errors';
import { fieldsReadBy, fieldText, type FieldReads } from './ticket-fields';
import { projectOf } from './issue-keys';

export interface NewTicket {
  eventId: string;
  actorAccountId: string | undefined;
  issueId: string;
  issueKey: string;
  projectKey: string | undefined;
  reporterAccountId: string | undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};

/** A field the site lacks is left out; anything else (a 429, a 5xx) goes up so the event is retried, not lost. */
function absentField(error: unknown): undefined {
  if (error instanceof AppProblem && error.code === 'FIELD_NOT_FOUND') return undefined;
  throw error;
}

/** Field ids for what the playbooks read: names the site lacks are left out (the intake then says what is missing). */
async function fieldIdsFor(
  inv: Invocation,
  reads: FieldReads,
): Promise<{ requestType?: string; byName: [string, string][] }> {
  if (reads.names.length === 0 && !reads.requestType) return { byName: [] };
  const [requestType, ...ids] = await Promise.all([
    reads.requestType ? inv.names.requestTypeFieldId().catch(absentField) : undefined,
    ...reads.names.map((n) => inv.names.fieldId(n).catch(absentField)),
  ]);
  const byName = reads.names.flatMap((n, i): [string, string][] => (ids[i] === undefined ? [] : [[n, ids[i]]]));
  return { ...(requestType === undefined ? {} : { requestType }), byName };
}

/**
 * The ticket as the engine reads it: the event payload has no description, so it is read once, with the fields the
 * project's enabled playbooks read (all enabled playbooks when none are given).
 */
export async function snapshotOf(
  inv: Invocation,
  issueKey: string,
  playbooks?: readonly Playbook[],
): Promise<IssueSnapshot> {
  const project = projectOf(issueKey).toLowerCase();
  const candidates = (playbooks ?? (await loadCurrentPlaybooks()).filter((p) => p.enabled)).filter(
    (p) => p.match.project.toLowerCase() === project,
  );
  const extra = await fieldIdsFor(inv, fieldsReadBy(candidates));
  const issue = await getIssue(inv.jira, {
    issueIdOrKey: issueKey,
    fields: [
      'summary',
      'description',
      'reporter',
      'status',
      'issuetype',
      'project',
      ...(extra.requestType === undefined ? [] : [extra.requestType]),
      ...extra.byName.map(([, id]) => id),
    ],
  });
  const f = issue.fields;
  const reporter = obj(f.reporter);
  const snapshot: IssueSnapshot = {
    id: issue.id,
    key: issue.key,
    project: str(obj(f.project).key) ?? issue.key.split('-')[0] ?? '',
    summary: str(f.summary) ?? '',
    description: f.description ?? null,
  };
  const issueType = str(obj(f.issuetype).name);
  if (issueType !== undefined) {
    snapshot.issueType = issueType;
    inv.statuses?.setIssueType(issue.key, issueType);
  }
  const status = str(obj(f.status).name);
  if (status !== undefined) {
    snapshot.status = status;
    inv.statuses?.set(issue.key, status);
  }
  const requestType = extra.requestType === undefined ? undefined : fieldText(f[extra.requestType]);
  if (requestType !== undefined) snapshot.requestType = requestType;
  const values = extra.byName.flatMap(([name, id]): [string, string][] => {
    const v = fieldText(f[id]);
    return v === undefined ? [] : [[name, v]];
  });
  if (values.length > 0) snapshot.fields = Object.fromEntries(values);
  if (str(reporter.accountId) !== undefined) {
    snapshot.reporter = { accountId: str(reporter.accountId) as string };
    const email = str(reporter.emailAddress);
    if (email !== undefined) snapshot.reporter.email = email;
  }
  return snapshot;
}

/** Active runs, by JQL on the indexed property (`onboardingState`), loaded from storage. */
export async function activeRuns(inv: Invocation): Promise<RunRecord[]> {
  const issues = await searchJql(inv.jira, { jql: 'onboardingState = "active"', fields: ['summary'] });
  const records = await Promise.all(issues.map((i) => loadRunRecord(i.key)));
  return records.filter((r): r is RunRecord => r !== undefined && r.run.state === 'active');
}

export async function onNewTicket(inv: Invocation, t: NewTicket): Promise<Applied[]> {
  const playbooks = (await loadCurrentPlaybooks()).filter((p) => p.enabled);
  const forProject = playbooks.filter((p) => p.match.project.toLowerCase() === t.projectKey?.toLowerCase());
  const senderKnown =
    t.reporterAccountId !== undefined &&
    findPerson(inv.decide.directory, { accountId: t.reporterAccountId }) !== undefined;
  if (forProject.length === 0 && !senderKnown) return [];
  const snapshot = await snapshotOf(inv, t.issueKey, forProject);
  const base = { id: t.eventId, ...(t.actorAccountId === undefined ? {} : { actorAccountId: t.actorAccountId }) };
  if (senderKnown) {
    const pending = await activeRuns(inv);
    const match = matchAnswerTicket(
      snapshot,
      pending.map((r) => r.run),
      inv.decide.directory,
    );
    const issueOf = (runId: string): string | undefined => pending.find((r) => r.run.id === runId)?.run.issueKey;
    if (match.kind !== 'none') {
      const runIds = match.kind === 'answer' ? [match.runId] : match.runIds;
      const event: EngineEvent = {
        ...base,
        type: 'answerTicket',
        ticket: snapshot,
        ambiguousWith: match.kind === 'ambiguous' ? match.runIds : [],
      };
      const out: Applied[] = [];
      for (const runId of runIds) {
        const key = issueOf(runId);
        const applied = key === undefined ? undefined : await applyToIssueRun(inv, key, event);
        if (applied) out.push(applied);
      }
      return out;
    }
  }
  const match = matchPlaybook(forProject, snapshot, inv.decide.directory);
  if (match.kind === 'none') return [];
  if (await loadRunRecord(t.issueKey)) return [];
  return [await applyEvent(inv, match.playbook, undefined, { ...base, type: 'ticketCreated', issue: snapshot })];
}

/**
 * An agent set the request type of a ticket that has no run (an emailed request filed under the right type): the
 * playbooks are matched again, as for a new ticket. Once: under the run's lock a ticket that has a run by then keeps
 * it (decide notes `run.exists`), so a second change or a repeated event starts nothing.
 */
export async function onRequestTypeSet(
  inv: Invocation,
  t: { eventId: string; actorAccountId: string | undefined; issueKey: string; projectKey: string },
): Promise<Applied[]> {
  const forProject = (await loadCurrentPlaybooks()).filter(
    (p) => p.enabled && p.match.project.toLowerCase() === t.projectKey.toLowerCase(),
  );
  if (forProject.length === 0) return [];
  const snapshot = await snapshotOf(inv, t.issueKey, forProject);
  const match = matchPlaybook(forProject, snapshot, inv.decide.directory);
  if (match.kind === 'none') return [];
  const actor = t.actorAccountId === undefined ? {} : { actorAccountId: t.actorAccountId };
  return [
    await applyEvent(inv, match.playbook, undefined, {
      id: t.eventId,
      ...actor,
      type: 'ticketCreated',
      issue: snapshot,
    }),
  ];
}
