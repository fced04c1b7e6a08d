// Creating, editing and transitioning issues: the rules, the changelog and the events.
import { JiraError, fieldError } from './http';
import type { Adf, ChangeHistory, Issue, Project } from './model';
import { addComment } from './comments-core';
import type { Store } from './store';
import { displayCustomValue, parseCustomValue, str } from './field-values';
import { isAdf } from './adf';
import { FIELDS } from './seed';

type Item = ChangeHistory['items'][number];

export interface IssueInput {
  fields?: Record<string, unknown>;
  update?: Record<string, { add?: unknown; remove?: unknown; set?: unknown }[]>;
  properties?: { key: string; value: unknown }[];
}

const SYSTEM_EDITABLE = new Set(['summary', 'description', 'reporter', 'assignee', 'labels', 'duedate']);

export function createIssue(store: Store, actorId: string, project: Project, input: IssueInput): Issue {
  const f = input.fields ?? {};
  const typeRef = f.issuetype as { id?: string; name?: string } | undefined;
  const issueType = store.data.issueTypes.find(
    (t) => project.issueTypeIds.includes(t.id) && (t.id === typeRef?.id || t.name === typeRef?.name),
  );
  if (!typeRef) throw fieldError('issuetype', 'Specify an issue type');
  if (!issueType) throw fieldError('issuetype', 'Specify a valid issue type');
  if (typeof f.summary !== 'string' || f.summary.trim() === '')
    throw fieldError('summary', 'You must specify a summary of the issue.');
  const workflow = store.data.workflows.find((w) => w.id === project.workflowId);
  if (!workflow) throw new JiraError(500, ['project without workflow']);
  const now = store.now();
  const issue: Issue = {
    id: store.nextId(),
    key: `${project.key}-${project.nextIssueNumber}`,
    projectKey: project.key,
    issueTypeId: issueType.id,
    summary: '',
    description: null,
    statusId: workflow.initialStatus,
    resolutionId: null,
    reporter: actorId,
    assignee: null,
    creator: actorId,
    created: now,
    updated: now,
    resolutiondate: null,
    duedate: null,
    labels: [],
    custom: {},
    watchers: [],
    participants: [],
    properties: {},
    changelog: [],
  };
  // Validate everything before the issue exists, so a refused create leaves no trace.
  const rest = { ...f };
  delete rest.project;
  delete rest.issuetype;
  applyFields(store, issue, { fields: rest, update: input.update ?? {} }, true);
  for (const p of input.properties ?? []) issue.properties[p.key] = p.value;
  project.nextIssueNumber += 1;
  // Jira adds the reporter as a watcher when the issue is created.
  if (issue.reporter && store.user(issue.reporter)?.accountType === 'atlassian') issue.watchers.push(issue.reporter);
  store.data.issues.push(issue);
  store.emit({ type: 'avi:jira:created:issue', actorAccountId: actorId, issueId: issue.id, issueKey: issue.key });
  return issue;
}

/** Applies an edit and returns the changelog items; throws before changing anything when a value is refused. */
function applyFields(store: Store, issue: Issue, input: IssueInput, creating: boolean): Item[] {
  const updates: [string, unknown][] = Object.entries(input.fields ?? {});
  for (const [name, ops] of Object.entries(input.update ?? {})) {
    for (const op of ops) {
      const current = name === 'labels' ? issue.labels : currentArray(issue, name);
      if ('set' in op) updates.push([name, op.set]);
      else if ('add' in op) updates.push([name, [...current, op.add]]);
      else if ('remove' in op)
        updates.push([name, current.filter((x) => JSON.stringify(x) !== JSON.stringify(op.remove))]);
    }
  }
  const next: Issue = structuredClone(issue);
  const items: Item[] = [];
  for (const [name, value] of updates) {
    if (SYSTEM_EDITABLE.has(name)) items.push(...setSystem(store, next, name, value));
    else {
      const field = store.data.fields.find((x) => x.id === name);
      if (!field)
        throw fieldError(name, `Field '${name}' cannot be set. It is not on the appropriate screen, or unknown.`);
      const stored = parseCustomValue(store, creating ? null : issue, issue.projectKey, field, value);
      const before = next.custom[field.id] ?? null;
      if (JSON.stringify(before) === JSON.stringify(stored)) continue;
      next.custom[field.id] = stored;
      items.push({
        field: field.name,
        fieldId: field.id,
        fieldtype: 'custom',
        from: idString(before),
        fromString: displayCustomValue(store, field, before),
        to: idString(stored),
        toString: displayCustomValue(store, field, stored),
      });
    }
  }
  if (next.custom[FIELDS.participants]) next.participants = next.custom[FIELDS.participants] as string[];
  Object.assign(issue, next);
  return items;
}

function currentArray(issue: Issue, name: string): unknown[] {
  const v = issue.custom[name];
  if (name === FIELDS.participants) return issue.participants.map((accountId) => ({ accountId }));
  return Array.isArray(v) ? v : [];
}

function idString(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return Array.isArray(v) ? v.join(', ') : str(v);
}

function setSystem(store: Store, issue: Issue, name: string, value: unknown): Item[] {
  const item = (from: string | null, fromString: string | null, to: string | null, toString: string | null): Item => ({
    field: name,
    fieldId: name,
    fieldtype: 'jira',
    from,
    fromString,
    to,
    toString,
  });
  switch (name) {
    case 'summary': {
      if (typeof value !== 'string' || value.trim() === '')
        throw fieldError('summary', 'You must specify a summary of the issue.');
      if (value.length > 255) throw fieldError('summary', 'Summary must be less than 255 characters.');
      const before = issue.summary;
      issue.summary = value;
      return before === value || before === '' ? [] : [item(null, before, null, value)];
    }
    case 'description': {
      if (value !== null && !isAdf(value))
        throw fieldError(
          'description',
          'Operation value must be an Atlassian Document (see the Atlassian Document Format)',
        );
      issue.description = value;
      return [item(null, null, null, null)];
    }
    case 'reporter':
    case 'assignee': {
      const accountId = value === null ? null : (value as { accountId?: string }).accountId;
      if (accountId !== null && !store.user(accountId))
        throw fieldError(name, `User '${String(accountId)}' does not exist.`);
      const before = issue[name];
      if (before === (accountId ?? null)) return [];
      issue[name] = accountId ?? null;
      const label = (id: string | null) => (id ? (store.user(id)?.displayName ?? null) : null);
      return [item(before, label(before), accountId ?? null, label(accountId ?? null))];
    }
    case 'labels': {
      if (!Array.isArray(value) || value.some((l) => typeof l !== 'string' || /\s/.test(l)))
        throw fieldError('labels', 'Labels must be strings without spaces.');
      const before = issue.labels.join(' ');
      issue.labels = [...new Set(value as string[])];
      return before === issue.labels.join(' ') ? [] : [item(null, before, null, issue.labels.join(' '))];
    }
    case 'duedate': {
      if (value !== null && (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)))
        throw fieldError('duedate', 'Error parsing date string: ' + JSON.stringify(value));
      const before = issue.duedate;
      issue.duedate = value;
      return before === value ? [] : [item(before, before, issue.duedate, issue.duedate)];
    }
  }
  return [];
}

/** Records a changelog entry and publishes the update event; nothing when nothing changed. */
export function recordChange(store: Store, issue: Issue, actorId: string, items: Item[]): void {
  if (items.length === 0) return;
  const history: ChangeHistory = { id: store.nextId(), author: actorId, created: store.now(), items };
  issue.changelog.push(history);
  issue.updated = history.created;
  store.emit({
    type: 'avi:jira:updated:issue',
    actorAccountId: actorId,
    issueId: issue.id,
    issueKey: issue.key,
    changelog: { id: history.id, items },
  });
}

/** `update.comment: [{ add: { body } }]` adds comments after the change, as Jira does on edit and transition. */
export function takeComments(input: IssueInput): { input: IssueInput; comments: Adf[] } {
  const update = { ...(input.update ?? {}) };
  const ops = update.comment ?? [];
  delete update.comment;
  const comments = ops.map((op) => {
    const body = (op.add as { body?: unknown } | undefined)?.body;
    if (!isAdf(body)) throw fieldError('comment', 'Comment body can not be empty!');
    return body;
  });
  return { input: { ...input, update }, comments };
}

/** IssueUpdateDetails.properties, checked as the property endpoint checks one (before anything changes). */
export function checkProperties(input: IssueInput): void {
  for (const p of input.properties ?? []) {
    if (typeof p.key !== 'string' || p.key === '') throw new JiraError(400, ['The property key must be specified.']);
    if (p.key.length > 255) throw new JiraError(400, ['The property key cannot be longer than 255 characters.']);
    if (JSON.stringify(p.value ?? null).length > 32768)
      throw new JiraError(400, ['The property value is too large: the limit is 32768 bytes.']);
  }
}

/** Stores the properties an edit or transition carried, as PUT .../properties/{key} would. */
export function storeProperties(issue: Issue, input: IssueInput): void {
  for (const p of input.properties ?? []) issue.properties[p.key] = p.value ?? null;
}

export function editIssue(store: Store, issue: Issue, actorId: string, given: IssueInput): void {
  const { input, comments } = takeComments(given);
  const rest = { ...(input.fields ?? {}) };
  for (const locked of ['project', 'issuetype', 'status', 'resolution'])
    if (locked in rest)
      throw fieldError(locked, `Field '${locked}' cannot be set. It is not on the appropriate screen, or unknown.`);
  checkProperties(input);
  const items = applyFields(store, issue, { fields: rest, update: input.update ?? {} }, false);
  storeProperties(issue, input);
  recordChange(store, issue, actorId, items);
  for (const body of comments) addComment(store, issue, actorId, body);
}

export { applyFields };
