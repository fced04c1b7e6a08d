// Workflow transitions: available ones, and doing one with its resolution rules.
import { fieldError, JiraError } from './http';
import type { Issue, WorkflowTransition } from './model';
import type { Store } from './store';
import {
  applyFields,
  checkProperties,
  recordChange,
  storeProperties,
  takeComments,
  type IssueInput,
} from './issues-core';
import { addComment } from './comments-core';

export function availableTransitions(store: Store, issue: Issue): WorkflowTransition[] {
  return store
    .workflowOf(issue)
    .transitions.filter((t) => (t.from === 'any' || t.from.includes(issue.statusId)) && t.to !== issue.statusId);
}

export function doTransition(
  store: Store,
  issue: Issue,
  actorId: string,
  transitionId: string,
  given: IssueInput,
): void {
  const { input, comments } = takeComments(given);
  const transition = availableTransitions(store, issue).find((t) => t.id === transitionId);
  if (!transition) throw new JiraError(400, [`Transition id '${transitionId}' is not valid for this issue.`]);
  checkProperties(input);
  const fields = { ...(input.fields ?? {}) };
  const resolutionRef = fields.resolution as { id?: string; name?: string } | undefined;
  delete fields.resolution;
  let resolutionId: string | null = issue.resolutionId;
  if (transition.resolution && 'required' in transition.resolution) {
    if (!resolutionRef) throw fieldError('resolution', 'Resolution is required.');
    const r = store.data.resolutions.find((x) => x.id === resolutionRef.id || x.name === resolutionRef.name);
    if (!r) throw fieldError('resolution', `Could not find valid 'id' or 'name' in resolution object.`);
    resolutionId = r.id;
  } else if (resolutionRef) {
    throw fieldError(
      'resolution',
      "Field 'resolution' cannot be set. It is not on the appropriate screen, or unknown.",
    );
  } else if (transition.resolution && 'set' in transition.resolution) {
    resolutionId = transition.resolution.set;
  } else if (transition.clearsResolution) {
    resolutionId = null;
  }
  const items = applyFields(store, issue, { fields, update: input.update ?? {} }, false);
  const wf = store.workflowOf(issue);
  const name = (id: string) => wf.statuses.find((s) => s.id === id)?.name ?? null;
  items.push({
    field: 'status',
    fieldId: 'status',
    fieldtype: 'jira',
    from: issue.statusId,
    fromString: name(issue.statusId),
    to: transition.to,
    toString: name(transition.to),
  });
  if (resolutionId !== issue.resolutionId) {
    const rname = (id: string | null) => store.data.resolutions.find((r) => r.id === id)?.name ?? null;
    items.push({
      field: 'resolution',
      fieldId: 'resolution',
      fieldtype: 'jira',
      from: issue.resolutionId,
      fromString: rname(issue.resolutionId),
      to: resolutionId,
      toString: rname(resolutionId),
    });
    issue.resolutionId = resolutionId;
    issue.resolutiondate = resolutionId ? store.now() : null;
  }
  issue.statusId = transition.to;
  storeProperties(issue, input);
  recordChange(store, issue, actorId, items);
  for (const body of comments) addComment(store, issue, actorId, body);
}
