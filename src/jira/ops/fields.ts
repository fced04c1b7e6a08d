import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from '../core/client';

const fieldSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  schema: z.looseObject({ type: z.string().optional(), custom: z.string().optional() }).optional(),
});
export type JiraField = z.infer<typeof fieldSchema>;

const fieldPageSchema = z.looseObject({
  values: z.array(fieldSchema).default([]),
  isLast: z.boolean().optional(),
  startAt: z.number().optional(),
  maxResults: z.number().optional(),
});

/**
 * GET /rest/api/3/field/search?query=&startAt=&maxResults= (getFieldsPaginated), every page. `query` is a
 * substring match, so only exact names (trimmed, case-insensitive) are kept; custom fields can share a name,
 * hence a list. `custom` is the field type key, e.g. com.atlassian.servicedesk:sd-customer-organizations.
 */
export function findFieldsByName(jira: JiraClient, name: string): Promise<JiraField[]> {
  const wanted = name.trim().toLowerCase();
  return searchFields(jira, { query: name.trim() }, (f) => f.name.trim().toLowerCase() === wanted);
}

/**
 * Custom fields of one type, e.g. `com.atlassian.servicedesk:vp-origin` (Request Type) or
 * `com.atlassian.servicedesk:sd-customer-organizations`: sturdier than names, which admins rename.
 */
export function findCustomFieldsByType(jira: JiraClient, typeKey: string): Promise<JiraField[]> {
  return searchFields(jira, { type: 'custom' }, (f) => f.schema?.custom === typeKey);
}

async function searchFields(
  jira: JiraClient,
  filter: Record<string, string>,
  keep: (field: JiraField) => boolean,
  maxPages = 20,
): Promise<JiraField[]> {
  const found: JiraField[] = [];
  let startAt = 0;
  for (let page = 0; page < maxPages; page += 1) {
    const query = new URLSearchParams({ ...filter, startAt: String(startAt), maxResults: '50' });
    const result = await jira.call({
      operation: 'getFieldsPaginated',
      method: 'GET',
      route: route`/rest/api/3/field/search?${query}`,
      schema: fieldPageSchema,
      safety: 'idempotent',
    });
    found.push(...result.values.filter(keep));
    if (result.isLast !== false || result.values.length === 0) break;
    startAt += result.values.length;
  }
  return found;
}
