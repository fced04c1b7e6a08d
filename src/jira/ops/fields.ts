import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from '../core/client';

const fieldSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  custom: z.boolean().optional(),
  schema: z.looseObject({ type: z.string().optional(), custom: z.string().optional() }).optional(),
});
export type JiraField = z.infer<typeof fieldSchema>;

/**
 * GET /rest/api/3/field (getFields): every system and custom field the caller can see, in one unpaged answer.
 * One call serves any number of lookups, so callers look fields up once per run and keep the result.
 */
export function getFields(jira: JiraClient): Promise<JiraField[]> {
  return jira.call({
    operation: 'getFields',
    method: 'GET',
    route: route`/rest/api/3/field`,
    schema: z.array(fieldSchema),
    safety: 'idempotent',
  });
}

/** Fields with exactly this name (trimmed, case-insensitive); custom fields can share a name, hence a list. */
export function fieldsNamed(fields: readonly JiraField[], name: string): JiraField[] {
  const wanted = name.trim().toLowerCase();
  return fields.filter((f) => f.name.trim().toLowerCase() === wanted);
}

/**
 * Custom fields of one type, e.g. `com.atlassian.servicedesk:vp-origin` (Request Type) or
 * `com.atlassian.servicedesk:sd-customer-organizations`: sturdier than names, which admins rename.
 */
export function fieldsOfType(fields: readonly JiraField[], typeKey: string): JiraField[] {
  return fields.filter((f) => f.schema?.custom === typeKey);
}

/** getFields, then fieldsNamed. */
export async function findFieldsByName(jira: JiraClient, name: string): Promise<JiraField[]> {
  return fieldsNamed(await getFields(jira), name);
}

/** getFields, then fieldsOfType. */
export async function findCustomFieldsByType(jira: JiraClient, typeKey: string): Promise<JiraField[]> {
  return fieldsOfType(await getFields(jira), typeKey);
}
