// Which contract file exercises which operations (catalog keys "METHOD /path"): together, all of them.
export const ISSUE_OPERATIONS = [
  'getIssue',
  'editIssue',
  'createIssue',
  'addWatcher',
  'addComment',
  'getComments',
  'getComment',
  'getTransitions',
  'doTransition',
  'linkIssues',
  'setIssueProperty',
  'getIssueProperty',
  'searchAndReconsileIssuesUsingJqlPost',
] as const;

export const DIRECTORY_OPERATIONS = [
  'findUsers',
  'getUser',
  'getFields',
  'getMyPermissions',
  'getBulkPermissions',
  'addRequestParticipants',
  'getServiceDesks',
  'getRequestTypes',
  'getOrganizations',
  'createOrganization',
  'addOrganization',
] as const;
