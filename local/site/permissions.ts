// Who may do what: project roles give project permissions; the app has the add-on role everywhere.
import { APP_ACCOUNT_ID } from '../contracts';
import type { Issue, Project } from './model';
import type { Store } from './store';

export const PROJECT_PERMISSIONS = [
  'BROWSE_PROJECTS',
  'CREATE_ISSUES',
  'EDIT_ISSUES',
  'TRANSITION_ISSUES',
  'RESOLVE_ISSUES',
  'CLOSE_ISSUES',
  'ADD_COMMENTS',
  'EDIT_ALL_COMMENTS',
  'LINK_ISSUES',
  'ASSIGN_ISSUES',
  'ASSIGNABLE_USER',
  'MODIFY_REPORTER',
  'MANAGE_WATCHERS',
  'VIEW_VOTERS_AND_WATCHERS',
  'DELETE_ISSUES',
  'ADMINISTER_PROJECTS',
  'SERVICEDESK_AGENT',
] as const;

export const GLOBAL_PERMISSIONS = ['ADMINISTER', 'USER_PICKER', 'BROWSE_USERS'] as const;

export type ProjectPermission = (typeof PROJECT_PERMISSIONS)[number];
export type GlobalPermission = (typeof GLOBAL_PERMISSIONS)[number];

const MEMBER: ProjectPermission[] = [
  'BROWSE_PROJECTS',
  'CREATE_ISSUES',
  'ADD_COMMENTS',
  'LINK_ISSUES',
  'VIEW_VOTERS_AND_WATCHERS',
];

export function projectPermissions(store: Store, accountId: string | null, project: Project): Set<ProjectPermission> {
  if (!accountId) return new Set();
  const user = store.user(accountId);
  if (!user?.active) return new Set();
  if (accountId === APP_ACCOUNT_ID) {
    // atlassian-addons-project-access: everything an agent has, and not project administration.
    if (project.appPermissions) return new Set(PROJECT_PERMISSIONS.filter((p) => project.appPermissions?.includes(p)));
    return new Set(PROJECT_PERMISSIONS.filter((p) => p !== 'ADMINISTER_PROJECTS' && p !== 'ASSIGNABLE_USER'));
  }
  const role = project.roles[accountId];
  if (user.admin && !role) return new Set(['ADMINISTER_PROJECTS']);
  if (role === 'administrator') return new Set(PROJECT_PERMISSIONS);
  if (role === 'agent') return new Set(PROJECT_PERMISSIONS.filter((p) => p !== 'ADMINISTER_PROJECTS'));
  if (role === 'member') return new Set(MEMBER);
  return new Set();
}

export function globalPermissions(store: Store, accountId: string | null): Set<GlobalPermission> {
  const user = store.user(accountId);
  if (!user?.active || user.accountType === 'customer') return new Set();
  const out = new Set<GlobalPermission>(['USER_PICKER', 'BROWSE_USERS']);
  if (user.admin) out.add('ADMINISTER');
  return out;
}

export function can(store: Store, accountId: string | null, issueOrProject: Issue | Project, p: ProjectPermission) {
  const project = 'projectKey' in issueOrProject ? store.projectOf(issueOrProject) : issueOrProject;
  return projectPermissions(store, accountId, project).has(p);
}
