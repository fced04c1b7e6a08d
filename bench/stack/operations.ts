/** A logged REST call -> the Jira operation it is, and whether it writes. */
import type { AppCall } from './driver';

const RULES: [RegExp, string, string][] = [
  [/^PUT \/rest\/api\/3\/issue\/[^/]+$/, 'editIssue', 'edit'],
  [/^POST \/rest\/api\/3\/issue\/[^/]+\/watchers$/, 'addWatcher', 'watcher'],
  [/^POST \/rest\/api\/3\/issue\/[^/]+\/comment$/, 'addComment', 'comment'],
  [/^POST \/rest\/api\/3\/issueLink$/, 'linkIssues', 'link'],
  [/^POST \/rest\/api\/3\/issue\/[^/]+\/transitions$/, 'doTransition', 'transition'],
  [/^PUT \/rest\/api\/3\/issue\/[^/]+\/properties\/[^/]+$/, 'setIssueProperty', 'property'],
  [/^POST \/rest\/servicedeskapi\/organization$/, 'createOrganization', 'organization'],
  [/^POST \/rest\/servicedeskapi\/servicedesk\/[^/]+\/organization$/, 'addOrganization', 'organization'],
  [/^GET \/rest\/api\/3\/issue\/[^/]+\/transitions/, 'getTransitions', ''],
  [/^GET \/rest\/api\/3\/issue\/[^/]+\/comment\/[^/?]+/, 'getComment', ''],
  [/^GET \/rest\/api\/3\/issue\/[^/]+\/comment/, 'getComments', ''],
  [/^GET \/rest\/api\/3\/issue\/[^/?]+\?fields=status(,issuetype)?$/, 'getIssue (status)', ''],
  [/^GET \/rest\/api\/3\/issue\/[^/?]+/, 'getIssue (fields)', ''],
  [/^GET \/rest\/api\/3\/field$/, 'getFields', ''],
  [/^GET \/rest\/servicedeskapi\/servicedesk\?/, 'getServiceDesks', ''],
  [/^GET \/rest\/servicedeskapi\/organization/, 'getOrganizations', ''],
  [/^GET \/rest\/servicedeskapi\/servicedesk\/[^/]+\/organization/, 'getOrganizations (service desk)', ''],
  [/^GET \/rest\/servicedeskapi\/servicedesk\/[^/]+\/requesttype/, 'getRequestTypes', ''],
  [/^GET \/rest\/api\/3\/mypermissions/, 'getMyPermissions', ''],
  [/^GET \/rest\/api\/3\/user\?accountId=/, 'getUser', ''],
  [/^GET \/rest\/api\/3\/user/, 'findUsers', ''],
  [/^PUT \/rest\/api\/3\/issue\/[^/]+\/assignee$/, 'assignIssue', 'assign'],
  [/^POST \/rest\/servicedeskapi\/request\/[^/]+\/participant$/, 'addParticipants', 'participant'],
  [/^POST \/rest\/api\/3\/issue$/, 'createIssue', 'issue'],
  [/^POST \/rest\/api\/3\/search\/jql$/, 'searchJql', ''],
  [/^GET \/rest\/api\/3\/search\/jql/, 'searchJql', ''],
];

export interface Operation {
  name: string;
  /** The kind of write it is (as the minimum counts it), '' for a read. */
  write: string;
}

export function operationOf(c: AppCall): Operation {
  const line = `${c.method} ${c.path.replace(/%2C/g, ',')}`;
  for (const [re, name, write] of RULES) if (re.test(line)) return { name, write };
  return { name: `${c.method} ${c.path.split('?')[0] ?? ''}`, write: c.method === 'GET' ? '' : 'other' };
}
