import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from '../core/client';
import { collectPages } from './paging';

const serviceDeskSchema = z.looseObject({ id: z.string(), projectId: z.string(), projectKey: z.string() });
export type ServiceDesk = z.infer<typeof serviceDeskSchema>;

const requestTypeSchema = z.looseObject({ id: z.string(), name: z.string(), serviceDeskId: z.string().optional() });
export type RequestType = z.infer<typeof requestTypeSchema>;

/** GET /rest/servicedeskapi/servicedesk?start=&limit= (getServiceDesks), paged until the project is found. */
export async function getServiceDeskByProject(jira: JiraClient, projectKey: string): Promise<ServiceDesk | undefined> {
  const desks = await collectPages(
    (start) => ({
      operation: 'getServiceDesks',
      method: 'GET',
      route: route`/rest/servicedeskapi/servicedesk?start=${start}&limit=${50}`,
      safety: 'idempotent',
    }),
    serviceDeskSchema,
    jira,
    (desk) => desk.projectKey === projectKey,
  );
  return desks.find((desk) => desk.projectKey === projectKey);
}

/**
 * GET /rest/servicedeskapi/servicedesk/{id}/requesttype?searchQuery=&includeHiddenRequestTypesInSearch=true
 * (getRequestTypes). searchQuery matches name or description by substring: exact names (case-insensitive)
 * are kept. Hidden request types (no portal group) are included: email-only types are often hidden.
 */
export async function findRequestTypesByName(
  jira: JiraClient,
  serviceDeskId: string,
  name: string,
): Promise<RequestType[]> {
  const wanted = name.trim().toLowerCase();
  const types = await collectPages(
    (start) => {
      const query = new URLSearchParams({
        searchQuery: name.trim(),
        includeHiddenRequestTypesInSearch: 'true',
        start: String(start),
        limit: '50',
      });
      return {
        operation: 'getRequestTypes',
        method: 'GET',
        route: route`/rest/servicedeskapi/servicedesk/${serviceDeskId}/requesttype?${query}`,
        safety: 'idempotent',
      };
    },
    requestTypeSchema,
    jira,
  );
  return types.filter((t) => t.name.trim().toLowerCase() === wanted);
}
