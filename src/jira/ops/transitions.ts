import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from '../core/client';
import { JiraError } from '../core/errors';
import type { EntityProperty } from './edit-issue';
import { getIssue } from './get-issue';

const transitionSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  to: z.looseObject({ id: z.string().optional(), name: z.string() }),
  fields: z.record(z.string(), z.looseObject({ required: z.boolean().default(false) })).default({}),
  isAvailable: z.boolean().optional(),
});
export type Transition = z.infer<typeof transitionSchema>;

const transitionsSchema = z.looseObject({ transitions: z.array(transitionSchema).default([]) });
const statusFieldsSchema = z.looseObject({
  status: z.looseObject({ name: z.string() }),
  issuetype: z.looseObject({ name: z.string() }).nullish(),
});

/** GET /rest/api/3/issue/{issueIdOrKey}/transitions?expand=transitions.fields (getTransitions). */
export async function getTransitions(jira: JiraClient, issueIdOrKey: string): Promise<Transition[]> {
  const page = await jira.call({
    operation: 'getTransitions',
    method: 'GET',
    route: route`/rest/api/3/issue/${issueIdOrKey}/transitions?expand=transitions.fields`,
    schema: transitionsSchema,
    safety: 'idempotent',
  });
  return page.transitions.filter((t) => t.isAvailable !== false);
}

/** The current status name (getIssue with fields=status). */
export async function getStatusName(jira: JiraClient, issueIdOrKey: string): Promise<string> {
  const issue = await getIssue(jira, { issueIdOrKey, fields: ['status'] });
  return statusFieldsSchema.parse(issue.fields).status.name;
}

/** The current status and issue type (getIssue with fields=status,issuetype): one read, as cheap as the status alone. */
async function getStatusAndType(
  jira: JiraClient,
  issueIdOrKey: string,
): Promise<{ status: string; issueType: string | undefined }> {
  const issue = await getIssue(jira, { issueIdOrKey, fields: ['status', 'issuetype'] });
  const fields = statusFieldsSchema.parse(issue.fields);
  return { status: fields.status.name, issueType: fields.issuetype?.name ?? undefined };
}

/**
 * Which transition leads from one status to another is the workflow's, and the workflow is the project's for an
 * issue type: so a transition found once can be used again for the same (project, issue type, from, to).
 */
export interface TransitionRoute {
  readonly project: string;
  readonly issueType: string;
  readonly from: string;
  readonly to: string;
}

export interface KnownTransition {
  readonly id: string;
  /** The target status as the workflow spells it (the probe after an ambiguous failure compares with it). */
  readonly toStatus: string;
  readonly screenHasResolution: boolean;
  readonly resolutionRequired: boolean;
}

/** Where transitions found earlier are kept (the app keeps them in KVS for an hour; see src/storage/jira-ids.ts). */
export interface TransitionMemory {
  recall(route: TransitionRoute): Promise<KnownTransition | undefined>;
  remember(route: TransitionRoute, transition: KnownTransition): Promise<void>;
  forget(route: TransitionRoute): Promise<void>;
}

/** Jira refused the transition as sent (400 not valid for this issue, 404): a remembered id may be stale. */
const refused = (error: unknown): boolean =>
  error instanceof JiraError && (error.code === 'INVALID' || error.code === 'NOT_FOUND');

export interface DoTransitionArgs {
  readonly issueIdOrKey: string;
  readonly transitionId: string;
  /** Resolution name, sent only as a field of the transition's screen. */
  readonly resolution?: string;
  /** The status the transition leads to: after an ambiguous failure, being there already means it was applied. */
  readonly toStatus: string;
  /** Issue properties set by the same request (IssueUpdateDetails.properties). */
  readonly properties?: readonly EntityProperty[];
}

/** POST /rest/api/3/issue/{issueIdOrKey}/transitions (doTransition), 204. Not idempotent: probed by status. */
export async function doTransition(jira: JiraClient, args: DoTransitionArgs): Promise<void> {
  await jira.call<undefined>({
    operation: 'doTransition',
    method: 'POST',
    route: route`/rest/api/3/issue/${args.issueIdOrKey}/transitions`,
    body: {
      transition: { id: args.transitionId },
      ...(args.resolution === undefined ? {} : { fields: { resolution: { name: args.resolution } } }),
      ...(args.properties?.length ? { properties: [...args.properties] } : {}),
    },
    safety: 'not-idempotent',
    probe: async () =>
      sameName(await getStatusName(jira, args.issueIdOrKey), args.toStatus) ? { found: undefined } : undefined,
  });
}

export type TransitionOutcome = { readonly moved: true; readonly transitionId: string } | { readonly moved: false };

export interface TransitionOptions {
  readonly resolution?: string;
  /** The status as read or set moments ago in the same invocation: saves the status read. */
  readonly currentStatus?: string;
  /** The issue's type, when known: with `memory`, picks a remembered transition without reading the list. */
  readonly issueType?: string;
  readonly memory?: TransitionMemory;
  /** Issue properties sent with the transition; set only when it is sent ({ moved: true }). */
  readonly properties?: readonly EntityProperty[];
}

/**
 * Moves an issue to the status named `statusName` (case-insensitive) through whichever available transition
 * leads there. Already in that status: nothing is sent ({ moved: false }), so a repeated command is a no-op.
 * Calls: getIssue (status, issue type) unless `currentStatus` is given; then the transition `memory` remembers for
 * (project, issue type, from, to), else getTransitions; then doTransition. A remembered transition Jira refuses
 * (400/404) is forgotten and the list read instead.
 * No transition leads there: NOT_FOUND naming the statuses that are reachable. The resolution is sent when
 * the transition's screen has the field; a screen that requires one without `resolution` given is INVALID.
 */
export async function transitionToStatus(
  jira: JiraClient,
  issueIdOrKey: string,
  statusName: string,
  options: TransitionOptions = {},
): Promise<TransitionOutcome> {
  // Status first: a global transition loops back to its own status, so "a transition to X exists" does not
  // mean "not in X yet", and a re-run command must not transition (and fire events) again. A caller that read
  // the status moments ago (in the same invocation) passes it as currentStatus and saves the read.
  let current = options.currentStatus;
  let issueType = options.issueType;
  if (current === undefined) {
    const read = await getStatusAndType(jira, issueIdOrKey);
    current = read.status;
    issueType ??= read.issueType;
  }
  if (sameName(current, statusName)) return { moved: false };
  const memory = options.memory;
  const project = projectOf(issueIdOrKey);
  const route: TransitionRoute | undefined =
    memory && issueType !== undefined && project !== undefined
      ? { project, issueType, from: current, to: statusName }
      : undefined;
  if (memory && route) {
    const known = await memory.recall(route);
    if (known) {
      requireResolution(issueIdOrKey, statusName, known, options.resolution);
      try {
        await send(jira, issueIdOrKey, known, options);
        return { moved: true, transitionId: known.id };
      } catch (error) {
        if (!refused(error)) throw error;
        await memory.forget(route);
      }
    }
  }
  const transitions = await getTransitions(jira, issueIdOrKey);
  const transition = transitions.find((t) => sameName(t.to.name, statusName));
  if (!transition) {
    const reachable = [...new Set(transitions.map((t) => t.to.name))].join(', ') || 'none';
    throw new JiraError(
      'NOT_FOUND',
      `No transition of ${issueIdOrKey} leads to "${statusName}" (reachable: ${reachable})`,
      {
        operation: 'doTransition',
      },
    );
  }
  const found: KnownTransition = {
    id: transition.id,
    toStatus: transition.to.name,
    screenHasResolution: 'resolution' in transition.fields,
    resolutionRequired: transition.fields.resolution?.required === true,
  };
  requireResolution(issueIdOrKey, statusName, found, options.resolution);
  await send(jira, issueIdOrKey, found, options);
  if (memory && route) await memory.remember(route, found);
  return { moved: true, transitionId: transition.id };
}

function requireResolution(issueIdOrKey: string, statusName: string, t: KnownTransition, resolution?: string): void {
  if (t.resolutionRequired && resolution === undefined) {
    throw new JiraError('INVALID', `Moving ${issueIdOrKey} to "${statusName}" requires a resolution`, {
      operation: 'doTransition',
    });
  }
}

async function send(jira: JiraClient, issueIdOrKey: string, t: KnownTransition, o: TransitionOptions): Promise<void> {
  await doTransition(jira, {
    issueIdOrKey,
    transitionId: t.id,
    toStatus: t.toStatus,
    ...(t.screenHasResolution && o.resolution !== undefined ? { resolution: o.resolution } : {}),
    ...(o.properties === undefined ? {} : { properties: o.properties }),
  });
}

/** The project key of an issue key; an issue id has none, and its transitions are not remembered. */
function projectOf(issueIdOrKey: string): string | undefined {
  const dash = issueIdOrKey.lastIndexOf('-');
  return dash > 0 ? issueIdOrKey.slice(0, dash) : undefined;
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
