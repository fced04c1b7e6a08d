import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from '../core/client';
import { isJiraError } from '../core/errors';

const propertySchema = z.looseObject({ key: z.string(), value: z.unknown() });

/** PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey} (setIssueProperty): the body IS the value. */
export async function setIssueProperty(
  jira: JiraClient,
  issueIdOrKey: string,
  propertyKey: string,
  value: unknown,
): Promise<void> {
  await jira.call({
    operation: 'setIssueProperty',
    method: 'PUT',
    route: route`/rest/api/3/issue/${issueIdOrKey}/properties/${propertyKey}`,
    body: value,
    safety: 'idempotent',
  });
}

/** GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey} (getIssueProperty): undefined when unset. */
export async function getIssueProperty(
  jira: JiraClient,
  issueIdOrKey: string,
  propertyKey: string,
): Promise<{ readonly value: unknown } | undefined> {
  try {
    const property = await jira.call({
      operation: 'getIssueProperty',
      method: 'GET',
      route: route`/rest/api/3/issue/${issueIdOrKey}/properties/${propertyKey}`,
      schema: propertySchema,
      safety: 'idempotent',
    });
    return { value: property.value };
  } catch (error) {
    // 404 means "no such property" here; an issue that is gone also gives 404, and the caller reads it as unset.
    if (isJiraError(error, 'NOT_FOUND')) return undefined;
    throw error;
  }
}
