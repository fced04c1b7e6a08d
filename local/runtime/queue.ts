// The async events queue as @forge/events 3 calls it (POST /webhook/queue/{publish|stats|cancel}/...) and its
// delivery to the manifest's consumer. Retries (docs/FORGE_EVENTS.md): a consumer that returns an
// InvocationError ({ _retry: true, retryOptions }) is retried after retryAfter seconds; one that throws is
// retried with exponential backoff; at most MAX_RETRIES retries, then the event counts as failed.
import type { Agenda } from './agenda';
import type { ServiceHandler } from './forge-fetch';
import type { ConsumerModule } from './manifest';
import type { Random } from './random';

export const MAX_RETRIES = 4;
const BACKOFF_BASE_SECONDS = 5;

interface PushEvent {
  body: Record<string, unknown>;
  delayInSeconds?: number;
  concurrency?: unknown;
}

interface Job {
  readonly queueName: string;
  success: number;
  inProgress: number;
  failed: number;
  cancelled: boolean;
}

export interface RetryContext {
  retryCount: number;
  retryReason: string;
  retryData?: unknown;
}

/** Runs the consumer for one event; resolves to its result, rejects with what it threw. */
export type DeliverToConsumer = (consumer: ConsumerModule, event: Record<string, unknown>) => Promise<unknown>;

interface RetryRequest {
  _retry: true;
  retryOptions?: { retryAfter?: number; retryReason?: string; retryData?: unknown };
}

function isRetryRequest(result: unknown): result is RetryRequest {
  return typeof result === 'object' && result !== null && (result as { _retry?: unknown })._retry === true;
}

export class LocalQueue {
  private readonly jobs = new Map<string, Job>();
  private eventSeq = 0;

  constructor(
    private readonly consumers: readonly ConsumerModule[],
    private readonly agenda: Agenda,
    private readonly nowMs: () => number,
    private readonly random: Random,
    private readonly deliver: DeliverToConsumer,
  ) {}

  readonly handler: ServiceHandler = async (request) => {
    const action = new URL(request.url).pathname.split('/')[3];
    const body = (await request.json()) as { queueName: string; jobId: string; payload?: PushEvent[] };
    if (action === 'publish') return this.publish(body.queueName, body.jobId, body.payload ?? []);
    const job = this.jobs.get(body.jobId);
    if (!job || job.queueName !== body.queueName) return Response.json({ message: 'job not found' }, { status: 404 });
    if (action === 'stats')
      return Response.json({ success: job.success, inProgress: job.inProgress, failed: job.failed });
    job.cancelled = true;
    return new Response(null, { status: 204 });
  };

  private publish(queueName: string, jobId: string, events: PushEvent[]): Response {
    const consumer = this.consumers.find((c) => c.queue === queueName);
    if (!consumer) {
      // Locally a push nobody consumes is an error, so a misspelt queue key shows at once.
      return Response.json({ message: `no consumer for queue "${queueName}" in manifest.yml` }, { status: 400 });
    }
    const job: Job = { queueName, success: 0, inProgress: events.length, failed: 0, cancelled: false };
    this.jobs.set(jobId, job);
    for (const event of events) {
      this.eventSeq += 1;
      const eventId = `local-event-${this.eventSeq}`;
      const asyncEvent = { ...structuredClone(event), queueName, jobId, eventId };
      this.schedule('job', (event.delayInSeconds ?? 0) * 1000, consumer, job, asyncEvent, 0);
    }
    return Response.json({}, { status: 201 });
  }

  private schedule(
    kind: 'job' | 'retry',
    delayMs: number,
    consumer: ConsumerModule,
    job: Job,
    asyncEvent: Record<string, unknown>,
    retryCount: number,
  ): void {
    this.agenda.add(kind, this.nowMs() + delayMs, async () => {
      if (job.cancelled) {
        job.inProgress -= 1;
        return;
      }
      let retry: RetryContext | undefined;
      let retryDelayMs = 0;
      try {
        const result = await this.deliver(consumer, asyncEvent);
        if (isRetryRequest(result)) {
          const o = result.retryOptions ?? {};
          retry = {
            retryCount: retryCount + 1,
            retryReason: o.retryReason ?? 'FUNCTION_RETRY_REQUEST',
            retryData: o.retryData,
          };
          retryDelayMs = Math.max(1, o.retryAfter ?? 1) * 1000;
        }
      } catch {
        retry = { retryCount: retryCount + 1, retryReason: 'FUNCTION_PLATFORM_UNKNOWN_ERROR' };
        const backoffSeconds = BACKOFF_BASE_SECONDS * 2 ** retryCount;
        retryDelayMs = Math.round(backoffSeconds * 1000 * (1 + this.random() * 0.5));
      }
      if (!retry) {
        job.inProgress -= 1;
        job.success += 1;
      } else if (retry.retryCount > MAX_RETRIES) {
        job.inProgress -= 1;
        job.failed += 1;
      } else {
        this.schedule('retry', retryDelayMs, consumer, job, { ...asyncEvent, retryContext: retry }, retry.retryCount);
      }
    });
  }

  clear(): void {
    this.jobs.clear();
  }
}
