/**
 * Due runs: the hourly trigger finds them by JQL on the indexed property (`onboardingNextDue <= now()`), page by
 * page, and fans them out in batches through the run-work queue; each consumer call tells its runs that time passed.
 */
import { searchJqlPage } from '../jira';
import { loadRunRecord } from '../storage';
import { applyToIssueRun, type Applied } from './apply';
import type { Invocation } from './context';

export const DUE_JQL = 'onboardingNextDue <= now() AND onboardingState = "active" ORDER BY key ASC';
export const BATCH = 20;
const MAX_PAGES = 50;

/** Pushes `{ issueKeys }` batches with `push`; returns how many issues were due. */
export async function fanOutDueRuns(inv: Invocation, push: (batches: string[][]) => Promise<void>): Promise<number> {
  let token: string | undefined;
  let count = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await searchJqlPage(inv.jira, { jql: DUE_JQL, fields: ['summary'], maxResults: 100 }, token);
    const keys = result.issues.map((i) => i.key);
    const batches: string[][] = [];
    for (let i = 0; i < keys.length; i += BATCH) batches.push(keys.slice(i, i + BATCH));
    if (batches.length > 0) await push(batches);
    count += keys.length;
    token = result.nextPageToken;
    if (token === undefined) break;
  }
  return count;
}

/**
 * Time passed for each run. The event id is the due time itself, so a retried job (or a second firing before the
 * first finished) decides the same chase again and the ledger skips it.
 */
export async function runDueBatch(inv: Invocation, issueKeys: readonly string[]): Promise<Applied[]> {
  const out: Applied[] = [];
  for (const key of issueKeys) {
    const record = await loadRunRecord(key);
    const due = record?.run.nextDueAt;
    if (!record || record.run.state !== 'active' || due === undefined || due > inv.now.toISOString()) continue;
    const applied = await applyToIssueRun(inv, key, { id: `due:${due}`, type: 'timePassed' });
    if (applied) out.push(applied);
  }
  return out;
}
