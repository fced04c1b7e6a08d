// Every REST operation src/jira calls, as the specs name it. The scope test checks the manifest covers each
// one; the contract tests check each one was exercised against the local site and matched the spec.

export interface JiraOperation {
  readonly operationId: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly spec: 'platform' | 'jsm';
}

const platform = (operationId: string, method: JiraOperation['method'], path: string): JiraOperation => ({
  operationId,
  method,
  path,
  spec: 'platform',
});
const jsm = (operationId: string, method: JiraOperation['method'], path: string): JiraOperation => ({
  operationId,
  method,
  path,
  spec: 'jsm',
});

export const JIRA_OPERATIONS: readonly JiraOperation[] = [
  platform('getIssue', 'GET', '/rest/api/3/issue/{issueIdOrKey}'),
  platform('editIssue', 'PUT', '/rest/api/3/issue/{issueIdOrKey}'),
  platform('createIssue', 'POST', '/rest/api/3/issue'),
  platform('addWatcher', 'POST', '/rest/api/3/issue/{issueIdOrKey}/watchers'),
  platform('addComment', 'POST', '/rest/api/3/issue/{issueIdOrKey}/comment'),
  platform('getComments', 'GET', '/rest/api/3/issue/{issueIdOrKey}/comment'),
  platform('getComment', 'GET', '/rest/api/3/issue/{issueIdOrKey}/comment/{id}'),
  platform('getTransitions', 'GET', '/rest/api/3/issue/{issueIdOrKey}/transitions'),
  platform('doTransition', 'POST', '/rest/api/3/issue/{issueIdOrKey}/transitions'),
  platform('linkIssues', 'POST', '/rest/api/3/issueLink'),
  platform('setIssueProperty', 'PUT', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}'),
  platform('getIssueProperty', 'GET', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}'),
  platform('searchAndReconsileIssuesUsingJqlPost', 'POST', '/rest/api/3/search/jql'),
  platform('findUsers', 'GET', '/rest/api/3/user/search'),
  platform('getUser', 'GET', '/rest/api/3/user'),
  platform('getFields', 'GET', '/rest/api/3/field'),
  platform('getMyPermissions', 'GET', '/rest/api/3/mypermissions'),
  platform('getBulkPermissions', 'POST', '/rest/api/3/permissions/check'),
  jsm('addRequestParticipants', 'POST', '/rest/servicedeskapi/request/{issueIdOrKey}/participant'),
  jsm('getServiceDesks', 'GET', '/rest/servicedeskapi/servicedesk'),
  jsm('getRequestTypes', 'GET', '/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype'),
  jsm('getOrganizations', 'GET', '/rest/servicedeskapi/organization'),
  jsm('createOrganization', 'POST', '/rest/servicedeskapi/organization'),
  jsm('addOrganization', 'POST', '/rest/servicedeskapi/servicedesk/{serviceDeskId}/organization'),
];
