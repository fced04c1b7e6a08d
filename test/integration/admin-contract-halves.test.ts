// The admin contracts' two halves: an answer with fields this page does not know parses without them (a page bundle
// older than the resolver keeps working), while the resolver still refuses a call carrying a field it does not know.
import { adminContracts, type AdminResolverName } from '../../src/shared/admin-contracts';
import { useAdminStack } from './admin-harness';

const answer = <K extends AdminResolverName>(name: K, data: unknown) => adminContracts[name].output.parse(data);

describe('admin answers', () => {
  it('drop unknown fields at every depth and keep the known ones', () => {
    const row = {
      id: 'sep',
      name: 'SEP',
      description: 'd',
      enabled: true,
      version: 2,
      activeRuns: 1,
      activeRunsOnOlderVersions: 0,
      builtin: true,
      lastEditedBy: { accountId: 'a' },
    };
    expect(
      answer('listPlaybooks', [{ ...row, futureColumn: 1, lastEditedBy: { accountId: 'a', futureAvatar: 'x' } }]),
    ).toEqual([row]);
    const insight = adminContracts.getInsight.output.parse({
      generatedAt: 't',
      futureTotals: {},
      activeByStage: [{ playbookId: 'p', stage: 's', count: 1, futureShare: 0.5 }],
      stepDurations: [],
      playbookDurations: [],
      approvalWaits: [],
      overdue: [],
    });
    expect(insight.activeByStage).toEqual([{ playbookId: 'p', stage: 's', count: 1 }]);
    expect(insight).not.toHaveProperty('futureTotals');
    const person = { accountId: 'a', displayName: 'A' };
    expect(
      answer('getDirectory', {
        people: { a: { ...person, futurePronouns: 'they' } },
        tables: { am: { entries: {}, futureNote: 'n' } },
        futureGroups: [],
      }),
    ).toEqual({ people: { a: person }, tables: { am: { entries: {} } } });
    const service = { partner: 'P', service: 'S', shared: false };
    expect(answer('getRegistry', { services: [{ ...service, futureTier: 2 }], interests: {}, futureX: 1 })).toEqual({
      services: [service],
      interests: {},
    });
  });

  it('still reject an answer missing a field the page needs', () => {
    expect(adminContracts.getSlackStatus.output.safeParse({ futureOnly: true }).success).toBe(false);
  });

  it('leave the calls that share their shape strict', () => {
    const directory = { people: {}, tables: {}, futureGroups: [] };
    expect(adminContracts.saveDirectory.input.safeParse({ directory }).success).toBe(false);
    const services = [{ partner: 'P', service: 'S', shared: false, futureTier: 2 }];
    expect(adminContracts.saveRegistry.input.safeParse({ services }).success).toBe(false);
  });
});

describe('admin calls', () => {
  const s = useAdminStack();

  it('are refused with INVALID_REQUEST when they carry a field the resolver does not know', async () => {
    const refused = await s.call('listVersions', { id: 'sep', futureFilter: 'x' } as never);
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    const empty = await s.call('getSlackStatus', { extra: 1 } as never);
    expect(empty).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect((await s.call('getSlackStatus', {})).ok).toBe(true);
  });
});
