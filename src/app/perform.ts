/** One command -> the src/jira operations that apply it. Names were resolved through the invocation's NameCache. */
import type { Command, Segment } from '../domain/engine';
import type { JiraClient } from '../jira';
import {
  addComment,
  addRequestParticipants,
  addWatcher,
  createIssue,
  createIssueLink,
  doc,
  editIssue,
  getIssue,
  mention,
  paragraph,
  setIssueProperty,
  text,
  transitionToStatus,
  type EntityProperty,
  type IssueEdit,
} from '../jira';
import type { Run } from '../domain/engine';
import { AppProblem } from './errors';
import type { NameCache } from './names';
import type { IssueStatuses } from './statuses';
import { explainFailedTransition } from './permission-hint';
import { withRunLock } from './run-lock';
import { postToSlack } from './slack';
import { changeRegistries } from '../storage/registries';
import { projectOf } from './issue-keys';

export interface PerformContext {
  jira: JiraClient;
  names: NameCache;
  run: Run;
  slackWebhook: string | undefined;
  /** Statuses read or set in this invocation: a transition needs no status read for them. */
  statuses?: IssueStatuses;
  /** Keys of commands no earlier attempt started (the executor recorded the attempt first): no search for them. */
  firstAttempts?: ReadonlySet<string>;
  /** Slack failures are reported here; they never block the Jira side. */
  warn(message: string): void;
  /** Keys of the tickets createIssue made: the app starts their runs (its own "created" events are never delivered). */
  created?: string[];
  /** The run's property, to send inside one edit or transition of the run's issue (the executor picks which). */
  carry?: RunPropertyCarry;
}

/** A property riding on the command `commandKey`; `carried` is set only once that request succeeded. */
export interface RunPropertyCarry {
  readonly commandKey: string;
  readonly property: EntityProperty;
  carried: boolean;
}

/** The properties command `c` sends with its edit or transition: the carried one, if `c` carries it. */
const carriedBy = (ctx: PerformContext, c: Command): EntityProperty[] | undefined =>
  ctx.carry?.commandKey === c.key ? [ctx.carry.property] : undefined;

function markCarried(ctx: PerformContext, c: Command): void {
  if (ctx.carry?.commandKey === c.key) ctx.carry.carried = true;
}

type Ref = Extract<Command, { type: 'addWatcher' }>['issue'];

const linkedSchemaOk = (
  value: unknown,
): value is { outwardIssue?: { key?: string }; inwardIssue?: { key?: string } }[] => Array.isArray(value);

/** A key, or the ticket linked to `of` in a project: known to the run, else read from the issue's links. */
export async function resolveRef(ctx: PerformContext, ref: Ref): Promise<string> {
  if ('key' in ref) return ref.key;
  const known = ctx.run.links.find((l) => l.project === ref.linkedInProject);
  if (known) return known.key;
  const issue = await getIssue(ctx.jira, { issueIdOrKey: ref.of, fields: ['issuelinks'] });
  const links = issue.fields.issuelinks;
  const keys = linkedSchemaOk(links) ? links.map((l) => l.outwardIssue?.key ?? l.inwardIssue?.key ?? '') : [];
  const hit = keys.find((k) => projectOf(k) === ref.linkedInProject);
  if (!hit) throw new AppProblem('LINKED_ISSUE_NOT_FOUND', `${ref.of} has no linked ticket in ${ref.linkedInProject}`);
  return hit;
}

export function adfOf(body: readonly Segment[]) {
  const parts = body.map((s) => (s.type === 'text' ? text(s.text) : mention(s.accountId, s.name)));
  return doc(paragraph(...parts));
}

type SetFields = Extract<Command, { type: 'setFields' }>;

/** Every field change of one issue as ONE edit: organization, request type, selects and reporter. */
async function setFields(ctx: PerformContext, c: SetFields): Promise<void> {
  const key = await resolveRef(ctx, c.issue);
  const project = projectOf(key);
  const n = ctx.names;
  const [organizations, requestType, selects, reporter] = await Promise.all([
    c.organization
      ? Promise.all([
          n.organizationsFieldId(),
          n.organizationId(c.organization.name, project, c.organization.createIfMissing),
        ])
      : undefined,
    c.requestTypeName ? Promise.all([n.requestTypeFieldId(), n.requestTypeId(project, c.requestTypeName)]) : undefined,
    Promise.all(c.selects.map(async (s) => [await n.fieldId(s.fieldName), s.option] as const)),
    c.reporter ? ('accountId' in c.reporter ? c.reporter.accountId : n.accountIdByEmail(c.reporter.email)) : undefined,
  ]);
  const edit: IssueEdit = {
    ...(organizations ? { organizations: { fieldId: organizations[0], ids: [organizations[1]] } } : {}),
    ...(requestType ? { requestType: { fieldId: requestType[0], requestTypeId: requestType[1] } } : {}),
    ...(selects.length > 0 ? { selects: Object.fromEntries(selects) } : {}),
    ...(reporter !== undefined ? { reporter } : {}),
  };
  // Date fields (S2's review date) by name: Jira takes 'YYYY-MM-DD', null clears.
  const dates = await Promise.all((c.dates ?? []).map(async (d) => [await n.fieldId(d.fieldName), d.value] as const));
  const properties = carriedBy(ctx, c);
  await editIssue(ctx.jira, key, {
    ...edit,
    ...(dates.length > 0 ? { fields: Object.fromEntries(dates) } : {}),
    ...(properties ? { properties } : {}),
  });
  markCarried(ctx, c);
}

/** A new ticket's request type, reporter and organization, looked up at once (none needs another). */
async function newTicketFields(
  ctx: PerformContext,
  c: Extract<Command, { type: 'createIssue' }>,
): Promise<Record<string, unknown>> {
  const n = ctx.names;
  const [requestType, reporter, organizations] = await Promise.all([
    c.requestTypeName
      ? Promise.all([n.requestTypeFieldId(), n.requestTypeId(c.project, c.requestTypeName)])
      : undefined,
    c.reporter ? ('accountId' in c.reporter ? c.reporter.accountId : n.accountIdByEmail(c.reporter.email)) : undefined,
    c.organization
      ? Promise.all([
          n.organizationsFieldId(),
          n.organizationId(c.organization.name, c.project, c.organization.createIfMissing),
        ])
      : undefined,
  ]);
  return {
    ...(requestType ? { [requestType[0]]: requestType[1] } : {}),
    ...(reporter === undefined ? {} : { reporter: { accountId: reporter } }),
    ...(organizations ? { [organizations[0]]: [organizations[1]] } : {}),
  };
}

export async function perform(ctx: PerformContext, c: Command): Promise<void> {
  switch (c.type) {
    case 'setFields':
      // Ids kept from earlier invocations that Jira refuses are read again and the edit sent once more.
      return ctx.names.withFreshIds(() => setFields(ctx, c));
    case 'addWatcher':
      return addWatcher(ctx.jira, await resolveRef(ctx, c.issue), c.accountId);
    case 'assign': {
      // The assignee through the ordinary edit (PUT /issue): null is the unassigned queue.
      const properties = carriedBy(ctx, c);
      await editIssue(ctx.jira, await resolveRef(ctx, c.issue), {
        fields: { assignee: c.accountId === null ? null : { accountId: c.accountId } },
        ...(properties ? { properties } : {}),
      });
      return markCarried(ctx, c);
    }
    case 'addParticipants': {
      const [key, ids] = await Promise.all([
        resolveRef(ctx, c.issue),
        Promise.all(c.emails.map((e) => ctx.names.accountIdByEmail(e))),
      ]);
      await addRequestParticipants(ctx.jira, key, ids);
      return;
    }
    case 'comment': {
      const issueIdOrKey = await resolveRef(ctx, c.issue);
      await addComment(ctx.jira, {
        issueIdOrKey,
        body: adfOf(c.body),
        internal: c.visibility === 'internal',
        commandKey: c.key,
        firstAttempt: ctx.firstAttempts?.has(c.key) === true,
      });
      return;
    }
    case 'transition': {
      const key = await resolveRef(ctx, c.issue);
      const currentStatus = ctx.statuses?.get(key);
      const issueType = ctx.statuses?.issueType(key);
      const properties = carriedBy(ctx, c);
      const outcome = await transitionToStatus(ctx.jira, key, c.toStatus, {
        ...(c.resolution === undefined ? {} : { resolution: c.resolution }),
        ...(currentStatus === undefined ? {} : { currentStatus }),
        ...(issueType === undefined ? {} : { issueType }),
        ...(properties ? { properties } : {}),
        memory: ctx.names.transitions,
      }).catch((error: unknown) => explainFailedTransition(ctx.jira, key, error));
      ctx.statuses?.set(key, c.toStatus);
      // Already in that status: nothing was sent, so the property was not either.
      if (outcome.moved) markCarried(ctx, c);
      return;
    }
    case 'link': {
      const [inwardIssue, outwardIssue] = await Promise.all([resolveRef(ctx, c.inward), resolveRef(ctx, c.outward)]);
      return createIssueLink(ctx.jira, { type: c.linkType, inwardIssue, outwardIssue });
    }
    case 'createIssue': {
      // A create Jira refused (400) made nothing: sent again with ids read now, if some were kept (names.ts).
      const created = await ctx.names.withFreshIds(async () =>
        createIssue(ctx.jira, {
          fields: {
            ...(await newTicketFields(ctx, c)),
            project: { key: c.project },
            issuetype: { name: c.issueType },
            summary: c.summary,
            ...(c.description === undefined ? {} : { description: doc(paragraph(c.description)) }),
          },
          properties: [{ key: 'onboarding-created-by', value: { runId: ctx.run.id, commandKey: c.key } }],
        }),
      );
      ctx.created?.push(created.key);
      if (c.link) {
        const to = await resolveRef(ctx, c.link.to);
        const [inwardIssue, outwardIssue] = c.link.direction === 'inward' ? [created.key, to] : [to, created.key];
        await createIssueLink(ctx.jira, { type: c.link.type, inwardIssue, outwardIssue });
      }
      return;
    }
    case 'setProperty':
      return setIssueProperty(ctx.jira, await resolveRef(ctx, c.issue), c.property, c.value);
    case 'slack': {
      if (ctx.slackWebhook === undefined) return;
      const result = await postToSlack(ctx.slackWebhook, `<@${c.mention}> ${c.text}`);
      if (!result.ok) ctx.warn(`Slack message not sent: ${result.detail ?? 'unknown'}`);
      return;
    }
    case 'updateRegistry':
      // One record for every partner: runs of different tickets may change it at once (read-modify-write).
      await withRunLock('registries', () => changeRegistries(c.change));
      return;
    case 'setRunSummary':
      // Mirrored by the executor from the final run (so failures it adds are included): see mirrorSummary.
      return;
  }
}
