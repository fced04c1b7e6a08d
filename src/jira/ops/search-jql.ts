import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from '../core/client';
import { issueSchema, type Issue } from './get-issue';

const searchPageSchema = z.looseObject({
  issues: z.array(issueSchema).default([]),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

export interface SearchArgs {
  readonly jql: string;
  readonly fields: readonly string[];
  readonly properties?: readonly string[];
  /** Page size (Jira caps it; 100 is safe for a few fields). */
  readonly maxResults?: number;
}

export interface SearchPage {
  readonly issues: Issue[];
  readonly nextPageToken: string | undefined;
}

/**
 * POST /rest/api/3/search/jql (searchAndReconsileIssuesUsingJqlPost): the enhanced search. Pages by
 * nextPageToken (no startAt, no total); the last page has no token.
 */
export async function searchJqlPage(jira: JiraClient, args: SearchArgs, nextPageToken?: string): Promise<SearchPage> {
  const page = await jira.call({
    operation: 'searchAndReconsileIssuesUsingJqlPost',
    method: 'POST',
    route: route`/rest/api/3/search/jql`,
    body: {
      jql: args.jql,
      fields: [...args.fields],
      maxResults: args.maxResults ?? 100,
      ...(args.properties?.length ? { properties: [...args.properties] } : {}),
      ...(nextPageToken === undefined ? {} : { nextPageToken }),
    },
    schema: searchPageSchema,
    safety: 'idempotent',
  });
  const token = page.isLast === true ? undefined : (page.nextPageToken ?? undefined);
  return { issues: page.issues, nextPageToken: token };
}

/** Every page, up to `maxPages` (a guard against a token that never ends). */
export async function searchJql(jira: JiraClient, args: SearchArgs, maxPages = 50): Promise<Issue[]> {
  const issues: Issue[] = [];
  let token: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const result = await searchJqlPage(jira, args, token);
    issues.push(...result.issues);
    token = result.nextPageToken;
    if (token === undefined) break;
  }
  return issues;
}
