import { route } from '@forge/api';
import type { JiraClient } from '../core/client';

/** Every field change for one issue, sent as ONE edit (Jira runs one update, one changelog, one event). */
export interface IssueEdit {
  /** Account id of the new reporter. */
  readonly reporter?: string;
  /** Single-select custom fields by option value: { customfield_10050: 'Integrated Finance' }. */
  readonly selects?: Readonly<Record<string, string>>;
  /** JSM Organizations field: organization ids (numbers, as GET /rest/servicedeskapi/organization gives them). */
  readonly organizations?: { readonly fieldId: string; readonly ids: readonly number[] };
  /** JSM Request Type field: the request type id as a string (see docs/JIRA_FACTS.md). */
  readonly requestType?: { readonly fieldId: string; readonly requestTypeId: string };
  /** Other fields, already in the shape Jira expects (e.g. a date field as 'YYYY-MM-DD'). */
  readonly fields?: Readonly<Record<string, unknown>>;
  /** Issue properties set by the same request (IssueUpdateDetails.properties): no separate property PUT. */
  readonly properties?: readonly EntityProperty[];
}

/** One issue property as Jira's edit, transition and create bodies take it. */
export interface EntityProperty {
  readonly key: string;
  readonly value: unknown;
}

/** The PUT body for an edit; exported so callers and tests see exactly what is sent. */
export function editIssueBody(edit: IssueEdit): { fields: Record<string, unknown>; properties?: EntityProperty[] } {
  const fields: Record<string, unknown> = { ...edit.fields };
  if (edit.reporter !== undefined) fields.reporter = { accountId: edit.reporter };
  for (const [fieldId, value] of Object.entries(edit.selects ?? {})) fields[fieldId] = { value };
  if (edit.organizations) fields[edit.organizations.fieldId] = [...edit.organizations.ids];
  if (edit.requestType) fields[edit.requestType.fieldId] = edit.requestType.requestTypeId;
  return edit.properties?.length ? { fields, properties: [...edit.properties] } : { fields };
}

/**
 * PUT /rest/api/3/issue/{issueIdOrKey} (editIssue): all changes in one request, 204 on success.
 * Repeating it sets the same values again, so it is retried like a read. An empty edit sends nothing.
 */
export async function editIssue(jira: JiraClient, issueIdOrKey: string, edit: IssueEdit): Promise<void> {
  const body = editIssueBody(edit);
  if (Object.keys(body.fields).length === 0 && body.properties === undefined) return;
  await jira.call({
    operation: 'editIssue',
    method: 'PUT',
    route: route`/rest/api/3/issue/${issueIdOrKey}`,
    body,
    safety: 'idempotent',
  });
}
