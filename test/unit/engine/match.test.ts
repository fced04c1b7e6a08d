import type { IssueSnapshot } from '../../../src/domain/engine';
import { matchPlaybook } from '../../../src/domain/engine';
import { ctx, playbook } from './kit';

const say = { id: 'a', kind: 'action', actions: [{ do: 'comment', text: 'Hi' }] };
const t = (summary: string, over: Partial<IssueSnapshot> = {}): IssueSnapshot => ({
  key: 'SS-1',
  project: 'SS',
  summary,
  description: null,
  ...over,
});

describe('matchPlaybook', () => {
  const byRegex = playbook([say], { match: { project: 'SS', summary: { regex: '^New (SI|partner)\\b' } } });
  const byType = {
    ...playbook([say], { match: { project: 'SS', requestType: 'New SI', issueType: 'Task' } }),
    id: 'typed',
  };

  it('matches a regex ignoring case by default, and explains every miss', () => {
    expect(matchPlaybook([byRegex], t('new si: Acme'), ctx.directory).kind).toBe('match');
    const miss = matchPlaybook([byRegex], t('Hello'), ctx.directory);
    expect(miss).toEqual({
      kind: 'none',
      trace: [{ code: 'match.skipped', message: expect.stringContaining('does not match') as unknown }],
    });
  });

  it('needs the request type and issue type when the playbook names them, and skips disabled playbooks', () => {
    expect(matchPlaybook([byType], t('x', { requestType: 'new si', issueType: 'Task' }), ctx.directory).kind).toBe(
      'match',
    );
    expect(matchPlaybook([byType], t('x', { requestType: 'Other', issueType: 'Task' }), ctx.directory).kind).toBe(
      'none',
    );
    expect(
      matchPlaybook(
        [{ ...byType, enabled: false }],
        t('x', { requestType: 'New SI', issueType: 'Task' }),
        ctx.directory,
      ).kind,
    ).toBe('none');
  });

  it('takes the first playbook that matches', () => {
    const m = matchPlaybook([byType, byRegex], t('New partner'), ctx.directory);
    expect(m.kind === 'match' ? m.playbook.id : undefined).toBe('kit');
    expect(m.trace.map((x) => x.code)).toEqual(['match.skipped', 'match.matched']);
  });
});
