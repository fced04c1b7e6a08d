// Fault injection: latency, 429 with Retry-After, 5xx and timeouts at set rates, from a seeded generator
// so a failing run can be replayed. Never 403: a 403 always means a real missing permission.
import { z } from 'zod';

export const FaultsSchema = z.object({
  latencyMs: z.number().int().min(0).max(60000).default(0),
  rate429: z.number().min(0).max(1).default(0),
  rate5xx: z.number().min(0).max(1).default(0),
  rateTimeout: z.number().min(0).max(1).default(0),
  retryAfterSeconds: z.number().int().min(0).max(3600).default(1),
  seed: z.number().int().default(1),
});

export type Faults = z.infer<typeof FaultsSchema>;
export type FaultsInput = z.input<typeof FaultsSchema>;

export type FaultOutcome =
  { kind: 'none' } | { kind: '429'; retryAfter: number } | { kind: '5xx'; status: number } | { kind: 'timeout' };

/** A fetch to the site that never answered: the HTTP server drops the connection, __forge_fetch__ rejects. */
export class SiteTimeoutError extends Error {
  constructor() {
    super('The local Jira site timed out (injected fault).');
  }
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private config: Faults = FaultsSchema.parse({});
  private random = mulberry32(1);

  set(input: FaultsInput): Faults {
    this.config = FaultsSchema.parse(input);
    this.random = mulberry32(this.config.seed);
    return this.config;
  }

  get(): Faults {
    return this.config;
  }

  get latencyMs(): number {
    return this.config.latencyMs;
  }

  next(): FaultOutcome {
    const r = this.random();
    const c = this.config;
    if (r < c.rateTimeout) return { kind: 'timeout' };
    if (r < c.rateTimeout + c.rate429) return { kind: '429', retryAfter: c.retryAfterSeconds };
    if (r < c.rateTimeout + c.rate429 + c.rate5xx) return { kind: '5xx', status: this.random() < 0.5 ? 500 : 503 };
    return { kind: 'none' };
  }
}
