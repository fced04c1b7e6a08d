/**
 * One decision at a time per run. Forge runs invocations side by side (an event and the hourly tick, or a duplicate
 * delivery): both would read the same run, and the later save would drop the other's change while both wrote to
 * Jira. The run's KVS lock serialises them; a waiter backs off a few times, then gives up as a transient failure,
 * so a product event is re-queued and queue work retried (the ledger makes the retry resume, not repeat).
 */
import { sleep } from '../shared/runtime';
import { tryLockRun, unlockRun } from '../storage';

export class RunBusy extends Error {
  constructor(readonly issueKey: string) {
    super(`${issueKey} is busy with another event`);
    this.name = 'RunBusy';
  }
}

const WAITS_MS = [50, 100, 200, 400, 800, 1600];

/** A run's lock is its issue key's; other shared records (the S2 registries) lock under their own name. */
export async function withRunLock<T>(issueKey: string, work: () => Promise<T>): Promise<T> {
  const owner = globalThis.crypto.randomUUID();
  for (let attempt = 0; !(await tryLockRun(issueKey, owner)); attempt += 1) {
    const wait = WAITS_MS[attempt];
    if (wait === undefined) throw new RunBusy(issueKey);
    await sleep(wait);
  }
  try {
    return await work();
  } finally {
    await unlockRun(issueKey, owner);
  }
}
