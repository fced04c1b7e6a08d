import type * as ForgeApi from '@forge/api';
import { installForgeFetch } from '../../local/runtime';

// @forge/api captures globalThis.fetch when it loads: egress can only be redirected for modules loaded after install.
test('@forge/api fetch goes to the egress handler when installed before @forge/api loads', async () => {
  const posted: string[] = [];
  const egress = ((input: string, init?: { body?: string }) => {
    posted.push(`${input} ${init?.body ?? ''}`);
    return Promise.resolve(new Response('ok'));
  }) as unknown as typeof fetch;
  const uninstall = installForgeFetch({ jira: () => Promise.reject(new Error('unused')), egress });
  try {
    let api: typeof ForgeApi | undefined;
    jest.isolateModules(() => {
      api = jest.requireActual<typeof ForgeApi>('@forge/api');
    });
    const response = await api!.fetch('https://hooks.slack.com/services/T/B/x', {
      method: 'POST',
      body: '{"text":"hi"}',
    });
    expect(await response.text()).toBe('ok');
    expect(posted).toEqual(['https://hooks.slack.com/services/T/B/x {"text":"hi"}']);
  } finally {
    uninstall();
  }
  expect(globalThis.fetch).not.toBe(egress);
});
