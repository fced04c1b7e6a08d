import type { Clock } from '../contracts';

/** The local clock the site and the runtime share; only the runtime's advance/settle move it. */
export interface ManualClock extends Clock {
  set(at: Date): void;
}

export function createManualClock(start: Date): ManualClock {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set(at) {
      if (at.getTime() < now.getTime()) throw new Error(`the local clock never goes back (${at.toISOString()})`);
      now = new Date(at);
    },
  };
}
