import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from '../core/client';
import { JiraError } from '../core/errors';
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
const statusFieldsSchema = z.looseObject({ status: z.looseObject({ name: z.string() }) });

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

export interface DoTransitionArgs {
  readonly issueIdOrKey: string;
  readonly transitionId: string;
  /** Resolution name, sent only as a field of the transition's screen. */
  readonly resolution?: string;
  /** The status the transition leads to: after an ambiguous failure, being there already means it was applied. */
  readonly toStatus: string;
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
    },
    safety: 'not-idempotent',
    probe: async () =>
      sameName(await getStatusName(jira, args.issueIdOrKey), args.toStatus) ? { found: undefined } : undefined,
  });
}

export type TransitionOutcome = { readonly moved: true; readonly transitionId: string } | { readonly moved: false };

/**
 * Moves an issue to the status named `statusName` (case-insensitive) through whichever available transition
 * leads there. Already in that status: nothing is sent ({ moved: false }), so a repeated command is a no-op.
 * Calls: getIssue (status) unless `currentStatus` is given, getTransitions, doTransition.
 * No transition leads there: NOT_FOUND naming the statuses that are reachable. The resolution is sent when
 * the transition's screen has the field; a screen that requires one without `resolution` given is INVALID.
 */
export async function transitionToStatus(
  jira: JiraClient,
  issueIdOrKey: string,
  statusName: string,
  options: { readonly resolution?: string; readonly currentStatus?: string } = {},
): Promise<TransitionOutcome> {
  // Status first: a global transition loops back to its own status, so "a transition to X exists" does not
  // mean "not in X yet", and a re-run command must not transition (and fire events) again. A caller that read
  // the status moments ago (in the same invocation) passes it as currentStatus and saves the read.
  const current = options.currentStatus ?? (await getStatusName(jira, issueIdOrKey));
  if (sameName(current, statusName)) return { moved: false };
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
  const screenHasResolution = 'resolution' in transition.fields;
  if (transition.fields.resolution?.required && options.resolution === undefined) {
    throw new JiraError('INVALID', `Moving ${issueIdOrKey} to "${statusName}" requires a resolution`, {
      operation: 'doTransition',
    });
  }
  await doTransition(jira, {
    issueIdOrKey,
    transitionId: transition.id,
    toStatus: transition.to.name,
    ...(screenHasResolution && options.resolution !== undefined ? { resolution: options.resolution } : {}),
  });
  return { moved: true, transitionId: transition.id };
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
