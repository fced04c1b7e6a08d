/** A scripted onboarding the soak repeats: what the people do, and the end the script expects. */
import type { Run } from '../../../src/domain/engine';
import { fingerprint } from '../fingerprint';
import type { People } from '../people';

export interface Script {
  /** The built-in playbook it drives (src/domain/playbook/builtins.ts). */
  playbookId: string;
  name: string;
  /** What the people do, start to end. Returns the key of the issue the run lives on. */
  play(p: People): Promise<string>;
  /** Where the script's end differs from what it expects (empty: reached). */
  checkEnd(p: People, runIssue: string): Promise<string[]>;
  /** The customer messages the playbook declares (customerFacing) for this script: each must arrive exactly once. */
  declaredCustomerMessages: RegExp[];
}

/** The run as the app stored it, or undefined. */
export async function storedRun(key: string): Promise<Run | undefined> {
  const { loadRunRecord } = await import('../../../src/storage');
  return (await loadRunRecord(key))?.run;
}

/** Every script's end: the run on `key` completed with nothing needing attention. */
export async function completedRun(key: string): Promise<{ run: Run | undefined; problems: string[] }> {
  const run = await storedRun(key);
  const problems: string[] = [];
  if (run?.state !== 'completed') problems.push(`${key}: run ${run?.state ?? 'missing'}, expected completed`);
  if (run && run.attention.length > 0) problems.push(`${key}: needs attention: ${JSON.stringify(run.attention)}`);
  return { run, problems };
}

/** The ticket resolved, and exactly one public comment of the app's holding `text` (the message the flow owes). */
export function resolvedTellingOnce(p: People, key: string, text: string, what: string): string[] {
  const problems: string[] = [];
  const issue = fingerprint(p.stack).issues[key];
  if (issue?.status !== 'Resolved') problems.push(`${key}: ${issue?.status}, expected Resolved`);
  const told = (issue?.appComments ?? []).filter((t) => t.includes(text));
  if (told.length !== 1 || !told[0]?.startsWith('public:')) problems.push(`${key}: ${told.length} ${what}`);
  return problems;
}
