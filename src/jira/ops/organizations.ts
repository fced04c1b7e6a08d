import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from '../core/client';
import { collectPages } from './paging';

const organizationSchema = z.looseObject({ id: z.string(), name: z.string() });
export type Organization = z.infer<typeof organizationSchema>;

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * GET /rest/servicedeskapi/organization?start=&limit= (getOrganizations). The API has no name filter, so
 * pages are walked until an organization with that name (trimmed, case-insensitive) turns up.
 */
export async function findOrganizationByName(
  jira: JiraClient,
  name: string,
  pageSize = 50,
): Promise<Organization | undefined> {
  const seen = await collectPages(
    (start) => ({
      operation: 'getOrganizations',
      method: 'GET',
      route: route`/rest/servicedeskapi/organization?start=${start}&limit=${pageSize}`,
      safety: 'idempotent',
    }),
    organizationSchema,
    jira,
    (org) => sameName(org.name, name),
  );
  return seen.find((org) => sameName(org.name, name));
}

/**
 * GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/organization?start=&limit= (getOrganizations of a service
 * desk; the spec gives this operation the same id as the site-wide list). Pages are walked until an organization
 * with that name (trimmed, case-insensitive) turns up: found means the desk has it already, so no addOrganization.
 */
export async function findServiceDeskOrganization(
  jira: JiraClient,
  serviceDeskId: string,
  name: string,
  pageSize = 50,
): Promise<Organization | undefined> {
  const seen = await collectPages(
    (start) => ({
      operation: 'getOrganizations',
      method: 'GET',
      route: route`/rest/servicedeskapi/servicedesk/${serviceDeskId}/organization?start=${start}&limit=${pageSize}`,
      safety: 'idempotent',
    }),
    organizationSchema,
    jira,
    (org) => sameName(org.name, name),
  );
  return seen.find((org) => sameName(org.name, name));
}

/**
 * POST /rest/servicedeskapi/organization (createOrganization) { name }, 201 OrganizationDTO. Not idempotent
 * (a second POST makes a second organization): after an ambiguous failure it is re-sent only when a search
 * by name finds none.
 */
export function createOrganization(jira: JiraClient, name: string): Promise<Organization> {
  return jira.call({
    operation: 'createOrganization',
    method: 'POST',
    route: route`/rest/servicedeskapi/organization`,
    body: { name },
    schema: organizationSchema,
    safety: 'not-idempotent',
    probe: async () => {
      const existing = await findOrganizationByName(jira, name);
      return existing ? { found: existing } : undefined;
    },
  });
}

/**
 * POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/organization (addOrganization) { organizationId }
 * (a number), 204. Adding one already there is a no-op 204, so a repeat is harmless.
 */
export async function addOrganizationToServiceDesk(
  jira: JiraClient,
  serviceDeskId: string,
  organizationId: string,
): Promise<void> {
  await jira.call({
    operation: 'addOrganization',
    method: 'POST',
    route: route`/rest/servicedeskapi/servicedesk/${serviceDeskId}/organization`,
    body: { organizationId: Number(organizationId) },
    safety: 'idempotent',
  });
}

/** Finds the organization by name, or creates it; either way makes sure the service desk has it. */
export async function ensureOrganization(
  jira: JiraClient,
  name: string,
  serviceDeskId: string,
): Promise<{ readonly organization: Organization; readonly created: boolean }> {
  const existing = await findOrganizationByName(jira, name);
  const organization = existing ?? (await createOrganization(jira, name));
  await addOrganizationToServiceDesk(jira, serviceDeskId, organization.id);
  return { organization, created: existing === undefined };
}
