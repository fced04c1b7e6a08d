/** Issue keys and the engine event ids derived from what Forge sends (docs/RELIABILITY.md "One event, once"). */
import type { IssueEventPayload } from '../shared/forge-payloads';

/** The project key of an issue key ("SS-12" -> "SS"). */
export const projectOf = (key: string): string => key.slice(0, key.lastIndexOf('-'));

/** The engine's event id for a product event: deciding the same event again yields the same command keys. */
export function eventIdOf(payload: IssueEventPayload): string {
  switch (payload.eventType) {
    case 'avi:jira:created:issue':
      return `created:${payload.issue.id}`;
    case 'avi:jira:updated:issue':
      return `changelog:${payload.changelog.id}`;
    case 'avi:jira:commented:issue':
      return `comment:${payload.comment.id}`;
    case 'avi:jira:created:issuelink':
      return `link:${payload.id}`;
  }
}
