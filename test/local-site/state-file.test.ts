import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJiraSite } from '../../local/site';
import { ManualClock } from '../../local/site/clock';
import { START } from './harness';

test('a site saved to a file comes back after a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'local-site-'));
  try {
    const stateFile = join(dir, 'site.json');
    const first = createJiraSite({ clock: new ManualClock(START), stateFile });
    expect(first.sendEmail({ from: 'a@b.example', subject: 'Keep me', body: 'x' })).toEqual({
      key: 'SS-1',
      created: true,
    });
    const second = createJiraSite({ clock: new ManualClock(START), stateFile });
    const res = await second.handle(new Request('http://site/rest/api/3/issue/SS-1?fields=summary'), { kind: 'app' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { fields: { summary: string } }).fields.summary).toBe('Keep me');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
