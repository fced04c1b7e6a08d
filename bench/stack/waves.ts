/**
 * Injected latency counted in round trips, not wall-clock: every call that waits for latency joins the current wave;
 * a wave is released once no new call has joined for a few milliseconds of an otherwise idle process. Calls made
 * concurrently share a wave; a call that needs another's answer lands in a later one. So the number of waves over
 * a piece of work is the length of its longest chain of dependent Jira calls.
 */
export interface WaveSleeper {
  sleep: (ms: number) => Promise<void>;
  /** Waves released so far. */
  readonly waves: number;
  /** Calls that waited so far. */
  readonly calls: number;
  /** How many calls each wave released, in order. */
  readonly sizes: readonly number[];
}

export function waveSleeper(quietMs = 3): WaveSleeper {
  let waiting: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waves = 0;
  let calls = 0;
  const sizes: number[] = [];
  const release = (): void => {
    timer = undefined;
    const now = waiting;
    waiting = [];
    waves += 1;
    sizes.push(now.length);
    for (const resolve of now) resolve();
  };
  return {
    sleep: () =>
      new Promise<void>((resolve) => {
        calls += 1;
        waiting.push(resolve);
        // Restarted by each new caller: a wave closes only when the process has nothing else to start.
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(release, quietMs);
      }),
    get waves() {
      return waves;
    },
    get calls() {
      return calls;
    },
    sizes,
  };
}
