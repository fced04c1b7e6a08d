import { SlackStandIn } from '../../local/runtime/slack';

test('Slack posts are recorded, not sent; down answers 503; other hosts are refused', async () => {
  const slack = new SlackStandIn();
  const url = 'https://hooks.slack.com/services/T/B/x';
  const ok = await slack.fetch(url, { method: 'POST', body: JSON.stringify({ text: 'chaser' }) });
  expect(ok.status).toBe(200);
  slack.setDown(true);
  expect((await slack.fetch(url, { method: 'POST', body: '{}' })).status).toBe(503);
  await expect(slack.fetch('https://example.com/x')).rejects.toThrow('not allowed');
  expect(slack.state()).toEqual({ down: true, messages: [{ url, body: { text: 'chaser' } }] });
  slack.clear();
  expect(slack.state()).toEqual({ down: false, messages: [] });
});
