// Every product event delivered twice (and some reordered): S1 still writes everything exactly once.
import { appComments, expectS1WrittenOnce, walkS1ByEmail } from './s1-flow';
import { startStack, type E2E } from './stack-harness';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startStack({ duplicateRate: 1, seed: 7 });
  await e2e.control('/local/reset');
});
afterAll(() => e2e.close());

test('S1 with every event delivered twice: one of each comment, watcher, link and transition', async () => {
  await walkS1ByEmail(e2e);
  const texts = (await appComments(e2e, 'SS-1')).map((c) => c.text.split('\n')[0] ?? '');
  expect(texts).toHaveLength(new Set(texts).size);
  await expectS1WrittenOnce(e2e);
  const cs = await e2e.get<{ issues: unknown[] }>('/rest/api/3/search/jql?jql=project%3DCS&fields=summary');
  expect(cs.issues).toHaveLength(1);
  // The runtime did deliver duplicates: every product event reached the app twice.
  const delivered = e2e.stack.runtime
    .log()
    .filter((l) => l.kind === 'event')
    .map((l) => l.detail);
  expect(delivered.length).toBe(2 * new Set(delivered).size);
});
