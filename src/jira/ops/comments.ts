import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from '../core/client';

/** JSM reads this comment property: { internal: true } makes the comment internal (agents only). */
export const SD_PUBLIC_COMMENT = 'sd.public.comment';
/** Our own comment property: the command key that wrote it, so a retry can find an earlier success. */
export const COMMAND_KEY_PROPERTY = 'onboarding.command';

const propertySchema = z.looseObject({ key: z.string(), value: z.unknown() });

export const commentSchema = z.looseObject({
  id: z.string(),
  body: z.unknown().optional(),
  jsdPublic: z.boolean().optional(),
  properties: z.array(propertySchema).default([]),
  author: z.looseObject({ accountId: z.string().optional() }).optional(),
  created: z.string().optional(),
});
export type Comment = z.infer<typeof commentSchema>;

const commentPageSchema = z.looseObject({
  comments: z.array(commentSchema).default([]),
  startAt: z.number().optional(),
  total: z.number().optional(),
});

/** The comment property `key`, if set. */
export function commentProperty(comment: Comment, key: string): unknown {
  return comment.properties.find((p) => p.key === key)?.value;
}

/** Internal when JSM says so (jsdPublic false) or the sd.public.comment property says internal: true. */
export function isInternal(comment: Comment): boolean {
  if (comment.jsdPublic === false) return true;
  if (comment.jsdPublic === true) return false;
  const value = commentProperty(comment, SD_PUBLIC_COMMENT);
  return typeof value === 'object' && value !== null && (value as { internal?: unknown }).internal === true;
}

/** GET /rest/api/3/issue/{issueIdOrKey}/comment/{id}?expand=properties (getComment). */
export function getComment(jira: JiraClient, issueIdOrKey: string, commentId: string): Promise<Comment> {
  return jira.call({
    operation: 'getComment',
    method: 'GET',
    route: route`/rest/api/3/issue/${issueIdOrKey}/comment/${commentId}?expand=properties`,
    schema: commentSchema,
    safety: 'idempotent',
  });
}

/** GET /rest/api/3/issue/{issueIdOrKey}/comment?orderBy=-created&expand=properties (getComments): newest first. */
export async function getRecentComments(jira: JiraClient, issueIdOrKey: string, maxResults = 50): Promise<Comment[]> {
  const query = new URLSearchParams({ orderBy: '-created', expand: 'properties', maxResults: String(maxResults) });
  const page = await jira.call({
    operation: 'getComments',
    method: 'GET',
    route: route`/rest/api/3/issue/${issueIdOrKey}/comment?${query}`,
    schema: commentPageSchema,
    safety: 'idempotent',
  });
  return page.comments;
}
