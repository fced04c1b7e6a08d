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
export async function findFieldsByName(jira: JiraClient, name: string, maxPages = 20): Promise<JiraField[]> {
  const wanted = name.trim().toLowerCase();
  const found: JiraField[] = [];
  let startAt = 0;
  for (let page = 0; page < maxPages; page += 1) {
    const query = new URLSearchParams({ query: name.trim(), startAt: String(startAt), maxResults: '50' });
    const result = await jira.call({
      operation: 'getFieldsPaginated',
      method: 'GET',
      route: route`/rest/api/3/field/search?${query}`,
      schema: fieldPageSchema,
      safety: 'idempotent',
    });
    found.push(...result.values.filter((f) => f.name.trim().toLowerCase() === wanted));
    if (result.isLast !== false || result.values.length === 0) break;
    startAt += result.values.length;
  }
  return found;
}
