import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from '../core/client';

const myPermissionsSchema = z.looseObject({
  permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean().default(false) })).default({}),
});

export type PermissionContext = { readonly issueKey: string } | { readonly projectKey: string } | Record<string, never>; // global permissions only

/**
 * GET /rest/api/3/mypermissions?permissions=&issueKey=|projectKey= (getMyPermissions): what the CALLER may do
 * (so use it through asUser() to check the agent). Keys like BROWSE_PROJECTS, EDIT_ISSUES, ADMINISTER.
 */
export async function getMyPermissions<K extends string>(
  jira: JiraClient,
  keys: readonly K[],
  context: PermissionContext = {},
): Promise<Record<K, boolean>> {
  const query = new URLSearchParams({ permissions: keys.join(','), ...context });
  const result = await jira.call({
    operation: 'getMyPermissions',
    method: 'GET',
    route: route`/rest/api/3/mypermissions?${query}`,
    schema: myPermissionsSchema,
    safety: 'idempotent',
  });
  return Object.fromEntries(keys.map((key) => [key, result.permissions[key]?.havePermission ?? false])) as Record<
    K,
    boolean
  >;
}

const bulkGrantsSchema = z.looseObject({
  globalPermissions: z.array(z.string()).default([]),
  projectPermissions: z
    .array(
      z.looseObject({
        permission: z.string(),
        issues: z.array(z.number()).default([]),
        projects: z.array(z.number()).default([]),
      }),
    )
    .default([]),
});
export type PermissionGrants = z.infer<typeof bulkGrantsSchema>;

export interface CheckPermissionsArgs {
  /** Whose permissions; absent checks the caller. */
  readonly accountId?: string;
  readonly globalPermissions?: readonly string[];
  readonly projectPermissions?: readonly {
    readonly permissions: readonly string[];
    readonly issues?: readonly number[];
    readonly projects?: readonly number[];
  }[];
}

/** POST /rest/api/3/permissions/check (getBulkPermissions): which of the asked permissions are granted. */
export function checkPermissions(jira: JiraClient, args: CheckPermissionsArgs): Promise<PermissionGrants> {
  return jira.call({
    operation: 'getBulkPermissions',
    method: 'POST',
    route: route`/rest/api/3/permissions/check`,
    body: {
      ...(args.accountId === undefined ? {} : { accountId: args.accountId }),
      globalPermissions: [...(args.globalPermissions ?? [])],
      projectPermissions: (args.projectPermissions ?? []).map((p) => ({
        permissions: [...p.permissions],
        ...(p.issues ? { issues: [...p.issues] } : {}),
        ...(p.projects ? { projects: [...p.projects] } : {}),
      })),
    },
    schema: bulkGrantsSchema,
    safety: 'idempotent',
  });
}
