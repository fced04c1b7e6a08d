/** Product events -> engine events on the run they concern (the ticket's own run, or the run a linked ticket serves). */
import type { EngineEvent } from '../domain/engine';
import { adfToText } from '../domain/intake';
import { getComment, getIssue, isInternal } from '../jira';
import type { IssueEventPayload } from '../shared/forge-payloads';
import { issueKeyForId, loadRunRecord, ownerOfLinkedIssue } from '../storage';
import { applyToIssueRun, type Applied } from './apply';
import { openInvocation, type Invocation } from './context';
import { eventIdOf, projectOf } from './issue-keys';
import { onNewTicket, onRequestTypeSet } from './new-ticket';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};
/** The JSM request type field, as the changelog names it (Cloud sites show either name). */
const REQUEST_TYPE_FIELDS = new Set(['request type', 'customer request type']);

/** The run a ticket's changes go to: its own, else the run it is linked to. */
async function runIssueFor(issueKey: string): Promise<string | undefined> {
  if (await loadRunRecord(issueKey)) return issueKey;
  return ownerOfLinkedIssue(issueKey);
}

export async function handleIssueEventUseCase(payload: IssueEventPayload, given?: Invocation): Promise<Applied[]> {
  const actor = payload.atlassianId;
  const inv = given ?? (await openInvocation());
  if (actor !== undefined && actor === inv.decide.appAccountId) return []; // hop guard: our own change
  if (payload.eventType !== 'avi:jira:created:issuelink' && payload.issue.key === '') return []; // a payload without its issue: nothing to act on
  const base = (id: string) => ({ id, ...(actor === undefined ? {} : { actorAccountId: actor }) });
  switch (payload.eventType) {
    case 'avi:jira:created:issue': {
      const f = payload.issue.fields;
      return onNewTicket(inv, {
        eventId: eventIdOf(payload),
        actorAccountId: actor,
        issueId: payload.issue.id,
        issueKey: payload.issue.key,
        projectKey: f.project?.key ?? projectOf(payload.issue.key),
        reporterAccountId: f.reporter?.accountId,
      });
    }
    case 'avi:jira:updated:issue': {
      const key = payload.issue.key;
      const owner = await runIssueFor(key);
      const items = payload.changelog.items.map((i) => ({
        field: i.field,
        from: i.fromString ?? null,
        to: i.toString ?? null,
      }));
      // No run of its own yet (an emailed request): a request type set now may start one. A run it is linked to
      // still hears of the change below.
      const retyped = owner !== key && items.some((i) => REQUEST_TYPE_FIELDS.has(i.field.trim().toLowerCase()));
      const started = retyped
        ? await onRequestTypeSet(inv, {
            eventId: `requestType:${payload.changelog.id}`,
            actorAccountId: actor,
            issueKey: key,
            projectKey: payload.issue.fields.project?.key ?? projectOf(key),
          })
        : [];
      if (owner === undefined) return started;
      const description = items.find((i) => i.field.toLowerCase() === 'description');
      if (description && owner === key) {
        // The changelog's text is Jira's rendering (and may be cut): the intake reads the description as stored.
        const current = await getIssue(inv.jira, { issueIdOrKey: key, fields: ['description'] });
        description.to = adfToText(current.fields.description ?? null);
      }
      const event: EngineEvent = {
        ...base(eventIdOf(payload)),
        type: 'ticketUpdated',
        issue: { key, project: payload.issue.fields.project?.key ?? projectOf(key) },
        items,
      };
      return [...started, ...listOf(await applyToIssueRun(inv, owner, event))];
    }
    case 'avi:jira:commented:issue': {
      const key = payload.issue.key;
      if (!(await loadRunRecord(key))) return [];
      // Forge's payload does not say whether the comment is internal: read it (also the body as Jira stores it).
      const comment = await getComment(inv.jira, key, payload.comment.id);
      const author = str(obj(comment.author).accountId) ?? payload.comment.author?.accountId;
      const event: EngineEvent = {
        ...base(eventIdOf(payload)),
        type: 'commentAdded',
        issueKey: key,
        author: author === undefined ? {} : { accountId: author },
        text: adfToText(comment.body ?? payload.comment.body),
        visibility: isInternal(comment) ? 'internal' : 'public',
      };
      return listOf(await applyToIssueRun(inv, key, event));
    }
    case 'avi:jira:created:issuelink': {
      const [source, destination] = await Promise.all([
        issueKeyForId(payload.sourceIssueId),
        issueKeyForId(payload.destinationIssueId),
      ]);
      const out: Applied[] = [];
      for (const [own, otherId, direction] of [
        [source, payload.destinationIssueId, 'outward'],
        [destination, payload.sourceIssueId, 'inward'],
      ] as const) {
        if (own === undefined || !(await loadRunRecord(own))) continue;
        const other = await getIssue(inv.jira, { issueIdOrKey: otherId, fields: ['project', 'status'] });
        const status = str(obj(other.fields.status).name);
        const event: EngineEvent = {
          ...base(eventIdOf(payload)),
          type: 'linkCreated',
          other: {
            key: other.key,
            project: str(obj(other.fields.project).key) ?? projectOf(other.key),
            ...(status === undefined ? {} : { status }),
          },
          linkType: payload.issueLinkType.name,
          direction,
        };
        const applied = await applyToIssueRun(inv, own, event);
        if (applied) out.push(applied);
      }
      return out;
    }
  }
}

function listOf(a: Applied | undefined): Applied[] {
  return a ? [a] : [];
}
