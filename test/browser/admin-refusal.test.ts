// A non-admin opening the admin page sees one plain refusal, and every admin resolver, called through the page's
// own bridge, refuses them with NOT_ADMIN and changes nothing.
import { ADMIN_RESOLVER_NAMES } from '../../src/shared/admin-contracts';
import { ADMIN, invokeFromPage, openAdmin, TEST_TIMEOUT } from './admin-harness';
import { AGENT, launch, screenshot, serve, type Browser, type Served } from './harness';

const S1 = 'everbright-partner-onboarding';
/** Inputs that would change something if the caller were allowed. */
const payloads: Record<string, object> = {
  setEnabled: { id: S1, enabled: false },
  saveDirectory: { directory: {} },
  saveRegistry: { services: [] },
  clearSlackWebhook: {},
  setSlackWebhook: { url: 'https://hooks.slack.com/services/T0X/B0X/stolen' },
  rollback: { id: S1, toVersion: 1, expectedVersion: 1 },
  createFromTemplate: { templateId: S1, newId: 'copied' },
};

let s: Served;
let b: Browser;
beforeAll(async () => {
  b = await launch();
  s = await serve();
});
afterAll(async () => {
  await s.close();
  await b.close();
});

test(
  'a non-admin sees a plain refusal and every admin resolver refuses them',
  async () => {
    const before = await openAdmin(b, s, { as: ADMIN });
    const snapshot = async (frame: typeof before.frame) =>
      Promise.all(
        ['listPlaybooks', 'getDirectory', 'getSlackStatus', 'getRegistry'].map((k) => invokeFromPage(frame, k, {})),
      );
    const state = await snapshot(before.frame);
    await before.page.close();

    const { page, frame } = await openAdmin(b, s, { as: AGENT });
    const alert = frame.getByRole('alert');
    expect(await alert.textContent()).toContain('Only Jira admins can manage Onboarding Playbooks');
    expect(await frame.getByRole('tablist').count()).toBe(0);
    await screenshot(page, 'admin-refused');

    for (const name of ADMIN_RESOLVER_NAMES) {
      const answer = (await invokeFromPage(frame, name, payloads[name] ?? {})) as {
        ok: boolean;
        error?: { code: string };
      };
      expect({ name, ok: answer.ok, code: answer.error?.code }).toEqual({ name, ok: false, code: 'NOT_ADMIN' });
    }
    await page.close();

    const after = await openAdmin(b, s, { as: ADMIN });
    expect(await snapshot(after.frame)).toEqual(state);
    await after.page.close();
  },
  TEST_TIMEOUT,
);
