import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kvs } from '@forge/kvs';
import { createLocalRuntime, createManualClock } from '../../local/runtime';
import { fakeSite } from './fake-site';

const manifestYaml = 'modules: {}\napp:\n  id: ari:cloud:ecosystem::app/11111111-1111-4111-8111-111111111111\n';

test('with a state file KVS survives a restart; reset empties it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'local-runtime-'));
  const kvsStateFile = join(dir, 'kvs.json');
  const start = () => {
    const site = fakeSite();
    const clock = createManualClock(new Date('2026-03-02T09:00:00Z'));
    return createLocalRuntime({
      manifestYaml,
      app: {},
      jira: site.jira,
      onSiteEvent: site.onSiteEvent,
      clock,
      kvsStateFile,
    });
  };
  try {
    const first = start();
    await kvs.set('run:SS-1', { stage: 'intake' });
    await kvs.setSecret('slack', 'https://hooks.slack.com/x');
    first.stop();

    const second = start();
    expect(await kvs.get('run:SS-1')).toEqual({ stage: 'intake' });
    expect(await kvs.getSecret('slack')).toBe('https://hooks.slack.com/x');
    second.reset();
    second.stop();

    const third = start();
    expect(await kvs.get('run:SS-1')).toBeUndefined();
    third.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
