// S2 "Edit or remove a service" over HTTP, removal of a shared service (onboarding and a new service:
// s2-sep-onboarding, s2-sep-add-service): only the partner's routing is removed, never the shared content; the
// registry forgets the service, so a second removal request finds nothing and needs attention.
import { EWAN, IDS, FIELDS, sepSite } from './s2-flow';
import { startStack, type E2E } from './stack-harness';

let e2e: E2E;
let sep: ReturnType<typeof sepSite>;
beforeEach(async () => {
  e2e = await startStack();
  await e2e.control('/local/reset');
  sep = sepSite(e2e);
});
afterEach(() => e2e.close());

const ok = async (key: string, payload: Record<string, unknown>) =>
  expect(await sep.act(IDS.ewan, { issueKey: key, ...payload })).toEqual(
    expect.objectContaining({ ok: true }) as unknown,
  );

test('removing a shared service removes only its routing; the registry forgets it and Sara is told', async () => {
  const key = await sep.request(
    'edit',
    'Remove service: Northfield parking permits',
    'We no longer take part in the shared parking permit service.',
    { [FIELDS.serviceName]: 'Resident parking permits' },
  );
  await ok(key, { action: 'decide', stepId: 'ed-change', value: 'remove' });
  expect(await sep.status(key, 'ed-remove-routing')).toBe('active');
  expect(await sep.skipped(key, 'ed-remove-content')).toBe(true);
  expect(await sep.skipped(key, 'ed-content')).toBe(true);
  for (const id of ['ed-remove-routing', 'ed-export', 'ed-live']) await ok(key, { action: 'completeStep', stepId: id });
  const told = await sep.outbox(key);
  expect(told.map((m) => [m.to, m.text])).toEqual([
    ['sara@northfield-council.example', expect.stringContaining('has been removed from SEP')],
  ]);
  expect((await sep.appComments(key)).filter((c) => c.jsdPublic !== false)).toHaveLength(1);

  // The registry no longer has the service: a second removal request cannot tell whether it is shared.
  const again = await sep.request('edit', 'Remove service: parking permits again', 'Please remove it.', {
    [FIELDS.serviceName]: 'Resident parking permits',
  });
  const run = await e2e.get<{ value: { attention: string } }>(
    `/rest/api/3/issue/${again}/properties/onboarding-run`,
    EWAN,
  );
  expect(run.value.attention).toBe('yes');
  const why = (await sep.appComments(again)).map((c) => c.text).join('\n');
  expect(why).toContain('Resident parking permits');
  expect(await sep.outbox(again)).toEqual([]);
});
