// Everything the platform has promised to do later, on the local clock: event deliveries, queue jobs,
// retries and scheduled firings. One pump runs due items one at a time in (due, order) order, so a run
// is deterministic for a seed; `order` lets the runtime reorder items that are due together. In parallel mode
// every item due at that moment starts at once (as Forge invokes functions side by side), still in that order.

export type AgendaKind = 'event' | 'job' | 'retry' | 'scheduled';

interface Item {
  readonly dueMs: number;
  readonly order: number;
  readonly kind: AgendaKind;
  readonly run: () => Promise<void>;
}

export class Agenda {
  private items: Item[] = [];
  private seq = 0;
  private pumping: Promise<void> | undefined;
  /** Bumped by clear(): a pump scheduled before a reset must not start work queued after it. */
  private epoch = 0;

  constructor(
    private readonly nowMs: () => number,
    /** Called when an item throws: the runtime's own bug, never the app's (app errors are caught earlier). */
    private readonly onCrash: (error: unknown) => void,
    private readonly parallel = false,
  ) {}

  nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  /** `pump: false` leaves a due item for the next pump (advance, settle or another item's), not a pump of its own. */
  add(kind: AgendaKind, dueMs: number, run: () => Promise<void>, order = this.nextSeq(), pump = true): void {
    this.items.push({ dueMs, order, kind, run });
    const epoch = this.epoch;
    // After the current macrotask, so the site finishes the request that published the event first.
    if (pump && dueMs <= this.nowMs()) setImmediate(() => epoch === this.epoch && void this.pump());
  }

  /** Runs every item due at the current clock time, including items they add; resolves when none is left. */
  pump(): Promise<void> {
    this.pumping ??= this.drain().finally(() => (this.pumping = undefined));
    return this.pumping;
  }

  private async drain(): Promise<void> {
    for (let batch = this.takeBatch(); batch.length > 0; batch = this.takeBatch()) {
      await Promise.all(batch.map((item) => item.run().catch((error: unknown) => this.onCrash(error))));
    }
  }

  /** The next item, or in parallel mode every item due now (items they add wait for the next batch). */
  private takeBatch(): Item[] {
    const batch: Item[] = [];
    for (let next = this.takeDue(); next; next = this.parallel ? this.takeDue() : undefined) batch.push(next);
    return batch;
  }

  private takeDue(): Item | undefined {
    const now = this.nowMs();
    let best: Item | undefined;
    for (const item of this.items) {
      if (item.dueMs > now) continue;
      if (!best || item.dueMs < best.dueMs || (item.dueMs === best.dueMs && item.order < best.order)) best = item;
    }
    if (best) this.items = this.items.filter((i) => i !== best);
    return best;
  }

  /** The earliest due time among items of the given kinds, or undefined. */
  nextDue(kinds: readonly AgendaKind[]): number | undefined {
    let min: number | undefined;
    for (const item of this.items)
      if (kinds.includes(item.kind) && (min === undefined || item.dueMs < min)) min = item.dueMs;
    return min;
  }

  clear(): void {
    this.items = [];
    this.epoch += 1;
  }
}
