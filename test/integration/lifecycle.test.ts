// Installing the app saves the built-in playbooks disabled: an admin sees them and no ticket starts a run until one is
// enabled; an upgrade adds nothing over what an admin saved. The local runtime delivers Forge's life cycle events
// itself (avi:forge:installed:app on a fresh start or a reset, avi:forge:upgraded:app on a restart with kept
// storage) to the manifest's app-installed-or-upgraded trigger, which runs the real handler.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createLocalStack } from '../../local/app';
import { createLocalRuntime, createManualClock, type RuntimeLogEntry } from '../../local/runtime';
import { createJiraSite } from '../../local/site';
import { ManualClock } from '../../local/site/clock';
import { loadBuiltinPlaybooks } from '../../src/domain/playbook';
import { lifecycleEventSchema } from '../../src/shared/forge-payloads';
import { listPlaybookHeads, loadCurrentPlaybooks, loadRunRecord, setPlaybookEnabled } from '../../src/storage';
import { fakeSite } from '../runtime/fake-site';
import { inProcessStack, S1_BODY, START, type InProcess } from './stack';

const BOB = 'bob@sunpower-installers.example';
const builtinIds = (): string[] => loadBuiltinPlaybooks().map((b) => b.id);

/** The life cycle deliveries in a runtime's log: which event reached which trigger, and whether it went through. */
const lifecycleLog = (log: readonly RuntimeLogEntry[]) =>
  log
    .filter((e) => e.kind === 'lifecycle' && e.moduleKey === 'app-installed-or-upgraded')
    .map((e) => [e.detail, e.functionKey, e.ok]);

describe('installed: a reset of the local runtime reinstalls the app', () => {
  let p: InProcess;
  beforeEach(async () => {
    p = await inProcessStack();
    p.stack.runtime.reset(); // storage as on a site the app was just installed on
    await p.stack.runtime.settle();
  });
  afterEach(() => p.stack.stop());

  async function commentTexts(key: string): Promise<string[]> {
    const r = await p.rest('GET', `/rest/api/3/issue/${key}/comment`, '712020:priya-agent');
    return (r.body as { comments: { body: unknown }[] }).comments.map((c) => JSON.stringify(c.body));
  }

  test('the runtime delivers avi:forge:installed:app; every built-in is saved, disabled; an email starts no run', async () => {
    expect(lifecycleLog(p.stack.runtime.log()).at(-1)).toEqual(['avi:forge:installed:app', 'app-lifecycle', true]);
    const current = await loadCurrentPlaybooks();
    expect(current.map((pb) => [pb.id, pb.enabled]).sort()).toEqual(
      builtinIds()
        .map((id) => [id, false])
        .sort(),
    );

    const key = await p.email(BOB, 'EverBright Partner Onboarding', S1_BODY);
    expect(await loadRunRecord(key)).toBeUndefined();
    expect(await commentTexts(key)).toEqual([]);

    // Enabled, it takes the next email, and says what an admin must still fill in before it can go on.
    await setPlaybookEnabled('everbright-partner-onboarding', true);
    const next = await p.email(BOB, 'EverBright Partner Onboarding', S1_BODY);
    const [said] = await commentTexts(next);
    expect(said).toContain('EverBright partner onboarding cannot go on: the people directory does not say who');
  });
});

test('upgraded: a restart on kept storage delivers avi:forge:upgraded:app; saved playbooks keep their state', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lifecycle-'));
  const kvsStateFile = join(dir, 'kvs.json');
  const clock = new ManualClock(START);
  const site = createJiraSite({ clock, responseCheck: 'throw', sleep: () => Promise.resolve() });
  const start = () => createLocalStack({ clock, site, kvsStateFile });
  try {
    const first = await start();
    await first.runtime.settle();
    expect(lifecycleLog(first.runtime.log())).toEqual([['avi:forge:installed:app', 'app-lifecycle', true]]);
    await setPlaybookEnabled('everbright-partner-onboarding', true);
    const before = await listPlaybookHeads();
    expect(before.filter((h) => h.enabled).map((h) => h.id)).toEqual(['everbright-partner-onboarding']);
    first.stop();

    const second = await start();
    await second.runtime.settle();
    expect(lifecycleLog(second.runtime.log())).toEqual([['avi:forge:upgraded:app', 'app-lifecycle', true]]);
    expect(await listPlaybookHeads()).toEqual(before);
    second.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the payload is the documented one, with the install context as the second argument', async () => {
  const manifestYaml = readFileSync(join(__dirname, '..', '..', 'manifest.yml'), 'utf8');
  const received: unknown[][] = [];
  const idle = () => undefined;
  const app = {
    handleIssueEvent: idle,
    handleDueRuns: idle,
    handleRunWork: idle,
    panelResolver: idle,
    adminResolver: idle,
    handleAutomationAction: idle,
    handleLifecycle: (...args: unknown[]) => void received.push(args),
  };
  const site = fakeSite();
  const runtime = createLocalRuntime({
    manifestYaml,
    app,
    jira: site.jira,
    onSiteEvent: site.onSiteEvent,
    clock: createManualClock(START),
    cloudId: 'c0ffee00-0000-4000-8000-000000000001',
    lifecycleEvents: true,
    installerAccountId: '712020:site-admin',
  });
  try {
    expect(received).toEqual([]); // not before the runtime's next settle, advance or delivery
    await runtime.settle();
    const context = 'ari:cloud:jira::site/c0ffee00-0000-4000-8000-000000000001';
    expect(received).toEqual([
      [
        {
          id: expect.any(String) as unknown,
          installerAccountId: '712020:site-admin',
          app: {
            id: (parse(manifestYaml) as { app: { id: string } }).app.id,
            version: '1.0.0',
          },
          environment: { id: expect.any(String) as unknown },
          context,
        },
        { installContext: context },
      ],
    ]);
    expect(lifecycleEventSchema.safeParse(received[0]?.[0]).success).toBe(true);
  } finally {
    runtime.stop();
  }
});
