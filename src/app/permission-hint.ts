/**
 * Jira hides what the app may not do rather than refusing it: without "Transition issues" in a project, the issue's
 * transitions list is empty, so a move fails as "no transition leads there". Said as what it is, with what to fix.
 */
import { getMyPermissions, isJiraError, type JiraClient } from '../jira';
import { AppProblem } from './errors';
import { projectOf } from './issue-keys';

export const APP_ROLE = 'atlassian-addons-project-access';

/** Rethrows a failed transition, as APP_LACKS_PERMISSION when the app may not transition the issue at all. */
export async function explainFailedTransition(jira: JiraClient, issueKey: string, error: unknown): Promise<never> {
  if (!isJiraError(error, 'NOT_FOUND')) throw error;
  const granted = await getMyPermissions(jira, ['TRANSITION_ISSUES'], { issueKey }).catch(() => undefined);
  if (granted?.TRANSITION_ISSUES !== false) throw error;
  const project = projectOf(issueKey);
  throw new AppProblem(
    'APP_LACKS_PERMISSION',
    `the app may not move ${issueKey}: it lacks the "Transition issues" permission in project ${project}. ` +
      `Grant it to the ${APP_ROLE} role in ${project}'s permission scheme`,
  );
}

/** What to fix when Jira answered 403 to the app. */
export function forbiddenHint(project: string | undefined): string {
  const where = project === undefined ? "that project's permission scheme" : `${project}'s permission scheme`;
  return `Jira refused the app: grant the missing permission to the ${APP_ROLE} role in ${where}`;
}
