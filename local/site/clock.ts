// The local clock: read by everyone through Clock, moved only by the control surface (and the runtime's hooks).
import type { Clock } from '../contracts';

export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Moves to `to`; time never goes backwards. */
  set(to: Date): void {
    this.current = Math.max(this.current, to.getTime());
  }

  advance(ms: number): void {
    this.set(new Date(this.current + ms));
  }
}
