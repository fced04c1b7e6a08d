import { InvocationError, InvocationErrorCode, Queue } from '@forge/events';
import { MAX_RETRIES } from '../../local/runtime';
import { created, h, START, useRuntime } from './harness';

useRuntime();

test('a queued job reaches the consumer; a throwing consumer is retried with backoff', async () => {
  h.workBehaviour = (event) => {
    if ((event.retryContext?.retryCount ?? 0) < 2) throw new Error('Jira said 503');
  };
  const { jobId } = await new Queue({ key: 'work' }).push({ body: { issueKey: 'SS-1' } });
  await h.runtime.settle();
  const attempts = h.seen.filter((s) => s.kind === 'work');
  expect(
    attempts.map((a) => (a.payload as { retryContext?: { retryCount: number } }).retryContext?.retryCount),
  ).toEqual([undefined, 1, 2]);
  expect(new Set(attempts.map((a) => a.at)).size).toBe(3);
  expect(await new Queue({ key: 'work' }).getJob(jobId).getStats()).toEqual({ success: 1, inProgress: 0, failed: 0 });
});

test('InvocationError asks for a retry after retryAfter seconds; after MAX_RETRIES the event fails', async () => {
  h.workBehaviour = () =>
    new InvocationError({ retryAfter: 30, retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED });
  const queue = new Queue({ key: 'work' });
  const { jobId } = await queue.push({ body: { n: 1 }, delayInSeconds: 60 });
  await h.runtime.settle();
  const times = h.seen.filter((s) => s.kind === 'work').map((s) => Date.parse(s.at) - START.getTime());
  expect(times).toEqual([60_000, 90_000, 120_000, 150_000, 180_000].slice(0, MAX_RETRIES + 1));
  expect(await queue.getJob(jobId).getStats()).toEqual({ success: 0, inProgress: 0, failed: 1 });
});

test('settle waits for work that schedules more work, without sleeping', async () => {
  const original = h.onEvent;
  h.onEvent = async (payload) => {
    h.seen.push({ kind: 'event', at: h.clock.now().toISOString(), payload });
    await new Queue({ key: 'work' }).push({ body: { from: 'event' }, delayInSeconds: 5 });
  };
  try {
    h.site.emit(created('chain'));
    await h.runtime.settle();
  } finally {
    h.onEvent = original;
  }
  expect(h.seen.map((s) => `${s.kind}@${s.at.slice(11, 19)}`)).toEqual(['event@09:00:00', 'work@09:00:05']);
});

test('a @forge/events 1.x consumer (resolver + method) gets the body as its payload and the job id', async () => {
  const { jobId } = await new Queue({ key: 'legacy' }).push({ body: { issueKey: 'SS-1' } });
  await h.runtime.settle();
  expect(h.seen).toEqual([
    { kind: 'legacy', at: START.toISOString(), payload: { payload: { issueKey: 'SS-1' }, jobId } },
  ]);
});

test('a cancelled job is not delivered', async () => {
  const queue = new Queue({ key: 'work' });
  const { jobId } = await queue.push({ body: { n: 1 }, delayInSeconds: 30 });
  await queue.cancel(jobId);
  await h.runtime.settle();
  expect(h.seen.filter((s) => s.kind === 'work')).toEqual([]);
  expect(await queue.getJob(jobId).getStats()).toEqual({ success: 0, inProgress: 0, failed: 0 });
});
