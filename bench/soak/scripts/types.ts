/** A scripted onboarding the soak repeats: what the people do, and the end the script expects. */
import type { Run } from '../../../src/domain/engine';
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
