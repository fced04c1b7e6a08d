// The KVS state: plain keys (queryable), secrets (never queryable) and custom entities, each its own namespace
// as on Forge. Time (TTL, createdAt/updatedAt) comes from the injected clock.
import type { Clock } from '../contracts';
import { KvsError, checkEntityName, checkKey, checkLimit, checkValue } from './kvs-limits';

export interface Stored {
  readonly value: unknown;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly expireTime?: string;
}

export type Namespace = 'kv' | 'secret' | `entity:${string}`;

export interface Ttl {
  readonly value: number;
  readonly unit: 'SECONDS' | 'MINUTES' | 'HOURS' | 'DAYS';
}

export interface SetOptions {
  readonly ttl?: Ttl;
  readonly keyPolicy?: 'OVERRIDE' | 'FAIL_IF_EXISTS';
  readonly returnValue?: 'PREVIOUS' | 'LATEST';
}

const UNIT_MS = { SECONDS: 1_000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 } as const;

export interface KeyCondition {
  readonly property: string;
  readonly condition: string;
  readonly values: readonly unknown[];
}

export function entityNamespace(name: unknown): Namespace {
  return `entity:${checkEntityName(name)}`;
}

export class KvsStore {
  private readonly spaces = new Map<Namespace, Map<string, Stored>>();

  constructor(
    private readonly clock: Clock,
    /** Called after every change (the runtime saves the store to its state file). */
    private readonly onChange: () => void = () => undefined,
  ) {}

  private space(ns: Namespace): Map<string, Stored> {
    let space = this.spaces.get(ns);
    if (!space) {
      space = new Map();
      this.spaces.set(ns, space);
    }
    return space;
  }

  private live(entry: Stored | undefined): Stored | undefined {
    if (!entry?.expireTime) return entry;
    return Date.parse(entry.expireTime) > this.clock.now().getTime() ? entry : undefined;
  }

  get(ns: Namespace, key: unknown): Stored | undefined {
    return this.live(this.space(ns).get(checkKey(key)));
  }

  /** Returns the entry `returnValue` asks for (PREVIOUS may be undefined). */
  set(ns: Namespace, key: unknown, value: unknown, options: SetOptions = {}): Stored | undefined {
    const k = checkKey(key);
    checkValue(value);
    const previous = this.get(ns, k);
    if (options.keyPolicy === 'FAIL_IF_EXISTS' && previous) {
      throw new KvsError(409, 'KEY_ALREADY_EXISTS', `Key ${k} already exists (keyPolicy FAIL_IF_EXISTS)`);
    }
    const now = this.clock.now().getTime();
    const ttl = options.ttl;
    const next: Stored = {
      value: structuredClone(value),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      ...(ttl ? { expireTime: new Date(now + ttl.value * UNIT_MS[ttl.unit]).toISOString() } : {}),
    };
    this.space(ns).set(k, next);
    this.onChange();
    return options.returnValue === 'PREVIOUS' ? previous : next;
  }

  delete(ns: Namespace, key: unknown): void {
    if (this.space(ns).delete(checkKey(key))) this.onChange();
  }

  /** Keys in lexicographic order; the cursor is the last key returned (opaque to callers). */
  query(
    ns: Namespace,
    where: readonly KeyCondition[] | undefined,
    limit: unknown,
    after: unknown,
  ): { data: { key: string; entry: Stored }[]; cursor?: string } {
    const max = checkLimit(limit);
    const prefix = keyPrefix(where);
    const start = typeof after === 'string' ? Buffer.from(after, 'base64url').toString() : undefined;
    const keys = [...this.space(ns).keys()]
      .filter((k) => k.startsWith(prefix) && (start === undefined || k > start))
      .sort();
    const data: { key: string; entry: Stored }[] = [];
    for (const key of keys) {
      const entry = this.live(this.space(ns).get(key));
      if (!entry) continue;
      if (data.length === max) return { data, cursor: Buffer.from(data[max - 1]!.key).toString('base64url') };
      data.push({ key, entry });
    }
    return { data };
  }

  snapshot(): Map<Namespace, Map<string, Stored>> {
    return new Map([...this.spaces].map(([ns, space]) => [ns, new Map(space)]));
  }

  restore(snapshot: Map<Namespace, Map<string, Stored>>): void {
    this.spaces.clear();
    for (const [ns, space] of snapshot) this.spaces.set(ns, space);
    this.onChange();
  }

  clear(): void {
    this.spaces.clear();
    this.onChange();
  }

  /** Everything, expired entries included, as JSON-ready data (for a state file). */
  toJSON(): Record<string, Record<string, Stored>> {
    const out: Record<string, Record<string, Stored>> = {};
    for (const [ns, space] of this.spaces) out[ns] = Object.fromEntries(space);
    return out;
  }

  /** Replaces the contents with what toJSON gave. */
  load(data: Record<string, Record<string, Stored>>): void {
    this.spaces.clear();
    for (const [ns, space] of Object.entries(data)) this.spaces.set(ns as Namespace, new Map(Object.entries(space)));
  }

  dump(): Record<string, Record<string, unknown>> {
    const out: Record<string, Record<string, unknown>> = {};
    for (const [ns, space] of this.spaces) {
      const values: Record<string, unknown> = {};
      for (const [key, entry] of space) if (this.live(entry)) values[key] = entry.value;
      out[ns] = values;
    }
    return out;
  }
}

function keyPrefix(where: readonly KeyCondition[] | undefined): string {
  if (!where || where.length === 0) return '';
  const [only] = where;
  if (where.length > 1 || only?.property !== 'key' || only.condition !== 'BEGINS_WITH') {
    throw new KvsError(400, 'BAD_REQUEST', 'The Key-Value Store supports one where condition: key beginsWith');
  }
  return String(only.values[0]);
}
