/** The people directory and the Jira user search behind the page's user pickers. */
import { directorySchema, type Directory } from '../../domain/people';
import { userJira } from '../../jira';
import { searchUsers as findUsers } from '../../jira/ops/search-users';
import type { AdminOutput } from '../../shared/admin-contracts';
import { loadDirectory, saveDirectory as storeDirectory } from '../../storage';
import { jiraDeps } from '../context';
import { AdminFailure } from './errors';

export function getDirectory(): Promise<Directory> {
  return loadDirectory();
}

/** Every table entry and default must name a person of the directory: a dangling key would fail a run later. */
export async function saveDirectory(directory: Directory): Promise<AdminOutput<'saveDirectory'>> {
  const parsed = directorySchema.parse(directory);
  const dangling = Object.entries(parsed.tables).flatMap(([table, t]) =>
    [...Object.entries(t.entries), ...(t.default === undefined ? [] : [['(default)', t.default] as const])]
      .filter(([, person]) => !Object.hasOwn(parsed.people, person))
      .map(([value, person]) => `${table}: '${value}' names '${person}', who is not in the directory`),
  );
  if (dangling.length > 0) throw new AdminFailure('INVALID_REQUEST', dangling.join('; '));
  await storeDirectory(parsed);
  return { saved: true };
}

/** As the admin: Jira shows them what their own privacy settings allow. */
export async function searchUsers(query: string): Promise<AdminOutput<'searchUsers'>> {
  const users = await findUsers(userJira(jiraDeps()), query);
  return users.map((u) => ({
    accountId: u.accountId,
    displayName: u.displayName,
    ...(u.emailAddress === undefined ? {} : { email: u.emailAddress }),
    ...(u.avatarUrl === undefined ? {} : { avatarUrl: u.avatarUrl }),
  }));
}
