import { route } from '@forge/api';
import type { AdfDoc } from '../adf/nodes';
import type { JiraClient } from '../core/client';
import { JiraError } from '../core/errors';
import {
  COMMAND_KEY_PROPERTY,
  SD_PUBLIC_COMMENT,
  commentProperty,
  commentSchema,
  getComment,
  getRecentComments,
  isInternal,
  type Comment,
} from './comments';

export interface AddCommentArgs {
  readonly issueIdOrKey: string;
  readonly body: AdfDoc;
  /** Internal (agents only) unless a playbook step is declared customer-facing. */
  readonly internal: boolean;
  /** The command's deterministic key: stored on the comment so a retry finds an earlier success. */
  readonly commandKey: string;
  /**
   * The caller knows no earlier attempt of this command reached Jira (it recorded the attempt before this one), so
   * the newest comments are not searched first. After an ambiguous failure they still are.
   */
  readonly firstAttempt?: boolean;
}

export interface AddedComment {
  readonly id: string;
  readonly internal: boolean;
}

/**
 * POST /rest/api/3/issue/{issueIdOrKey}/comment (addComment) with `properties` in the create body:
 * sd.public.comment { internal } sets the JSM visibility in the same request (no window where an internal
 * note is public), and onboarding.command { key } marks the write.
 * No comment is written twice for one command key: the newest 50 comments are read first (an earlier attempt
 * may have posted and then failed, e.g. on the read-back) unless `firstAttempt` says there was none, and after an ambiguous POST failure the client
 * re-sends only when that search still finds nothing. The visibility is checked on the answer (`jsdPublic` of
 * the Comment Jira returns), read back (getComment) only when the answer lacks it; a visibility other than asked
 * for is VISIBILITY_MISMATCH.
 */
export async function addComment(jira: JiraClient, args: AddCommentArgs): Promise<AddedComment> {
  const findEarlier = async (): Promise<{ found: Comment } | undefined> => {
    const recent = await getRecentComments(jira, args.issueIdOrKey);
    const earlier = recent.find((c) => isCommandKey(commentProperty(c, COMMAND_KEY_PROPERTY), args.commandKey));
    return earlier ? { found: earlier } : undefined;
  };
  const earlier = args.firstAttempt === true ? undefined : await findEarlier();
  const created =
    earlier?.found ??
    (await jira.call({
      operation: 'addComment',
      method: 'POST',
      route: route`/rest/api/3/issue/${args.issueIdOrKey}/comment`,
      body: {
        body: args.body,
        properties: [
          { key: SD_PUBLIC_COMMENT, value: { internal: args.internal } },
          { key: COMMAND_KEY_PROPERTY, value: { key: args.commandKey } },
        ],
      },
      schema: commentSchema,
      safety: 'not-idempotent',
      probe: findEarlier,
    }));
  // The answer (or the earlier comment found) is the Comment; on a service desk it carries jsdPublic, so it is read
  // back only where it does not (a comment on a project that is no service desk).
  const written = created.jsdPublic === undefined ? await getComment(jira, args.issueIdOrKey, created.id) : created;
  const internal = isInternal(written);
  if (internal !== args.internal) {
    const asked = args.internal ? 'internal' : 'public';
    throw new JiraError(
      'VISIBILITY_MISMATCH',
      `addComment: comment ${created.id} on ${args.issueIdOrKey} is ${internal ? 'internal' : 'public'}, asked for ${asked}`,
      { operation: 'addComment' },
    );
  }
  return { id: created.id, internal };
}

function isCommandKey(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && (value as { key?: unknown }).key === key;
}
