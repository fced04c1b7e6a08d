// The site's state: plain JSON-able data, so a restart can load it from a file.

export type Adf = { type: 'doc'; version: 1; content: unknown[] };

export type AccountType = 'atlassian' | 'customer' | 'app';

export interface SiteUser {
  accountId: string;
  displayName: string;
  emailAddress: string;
  accountType: AccountType;
  active: boolean;
  timeZone: string;
  locale: string;
  /** Global admin ("Jira administrators"). */
  admin: boolean;
}

export type ProjectRole = 'administrator' | 'agent' | 'member';

export interface WorkflowStatus {
  id: string;
  name: string;
  category: 'new' | 'indeterminate' | 'done';
}

export interface WorkflowTransition {
  id: string;
  name: string;
  to: string; // status id
  from: string[] | 'any'; // status ids
  /** required: the caller must give a resolution; set: the workflow sets this resolution id itself. */
  resolution?: { required: true } | { set: string };
  /** Clears the resolution (reopening). */
  clearsResolution?: boolean;
}

export interface Workflow {
  id: string;
  name: string;
  initialStatus: string;
  statuses: WorkflowStatus[];
  transitions: WorkflowTransition[];
}

export interface Project {
  id: string;
  key: string;
  name: string;
  projectTypeKey: 'service_desk' | 'software' | 'business';
  workflowId: string;
  issueTypeIds: string[];
  leadAccountId: string;
  roles: Record<string, ProjectRole>; // accountId -> role
  serviceDeskId?: string;
  nextIssueNumber: number;
  /** The app's permissions here when an admin narrowed its add-on role (POST /local/permissions); else the default. */
  appPermissions?: string[];
}

export interface IssueType {
  id: string;
  name: string;
  description: string;
  subtask: boolean;
}

export interface RequestType {
  id: string;
  serviceDeskId: string;
  issueTypeId: string;
  name: string;
  description: string;
  /** The request type's key as the Request Type field accepts it ("ss/company-data-change"). */
  key: string;
}

export interface Organization {
  id: string;
  name: string;
  memberIds: string[];
}

export interface ServiceDesk {
  id: string;
  projectKey: string;
  organizationIds: string[];
  customerIds: string[];
  emailAddress: string;
  emailRequestTypeId: string;
}

export interface CustomField {
  id: string; // customfield_10010
  name: string;
  /** How the site stores and checks values. */
  kind: 'option' | 'date' | 'string' | 'text' | 'organizations' | 'requesttype' | 'users' | 'number';
  custom: string; // schema.custom, e.g. com.atlassian.jira.plugin.system.customfieldtypes:select
  options?: { id: string; value: string }[];
}

export interface ChangeHistory {
  id: string;
  author: string;
  created: string;
  items: {
    field: string;
    fieldId: string;
    fieldtype: string;
    from: string | null;
    fromString: string | null;
    to: string | null;
    toString: string | null;
  }[];
}

export interface Issue {
  id: string;
  key: string;
  projectKey: string;
  issueTypeId: string;
  summary: string;
  description: Adf | null;
  statusId: string;
  resolutionId: string | null;
  reporter: string | null;
  assignee: string | null;
  creator: string;
  created: string;
  updated: string;
  resolutiondate: string | null;
  duedate: string | null;
  labels: string[];
  custom: Record<string, unknown>; // customfield id -> stored value (API shape)
  watchers: string[];
  participants: string[];
  properties: Record<string, unknown>;
  changelog: ChangeHistory[];
}

export interface Comment {
  id: string;
  issueId: string;
  author: string;
  body: Adf;
  created: string;
  updated: string;
  properties: Record<string, unknown>;
}

export interface IssueLinkType {
  id: string;
  name: string;
  inward: string;
  outward: string;
}

export interface IssueLink {
  id: string;
  typeId: string;
  inwardIssueId: string;
  outwardIssueId: string;
}

export interface OutboxMessage {
  n: number;
  at: string;
  to: string; // email
  toAccountId: string;
  issueKey: string;
  kind: 'request-created' | 'public-comment';
  subject: string;
  text: string;
}

export interface SiteData {
  counter: number; // ids
  users: SiteUser[];
  issueTypes: IssueType[];
  workflows: Workflow[];
  projects: Project[];
  resolutions: { id: string; name: string; description: string }[];
  serviceDesks: ServiceDesk[];
  requestTypes: RequestType[];
  organizations: Organization[];
  fields: CustomField[];
  linkTypes: IssueLinkType[];
  issues: Issue[];
  comments: Comment[];
  links: IssueLink[];
  outbox: OutboxMessage[];
}
