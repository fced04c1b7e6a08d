/** A small playbook and directory for engine unit tests, and a decide() wrapper that parses events like the shell. */
import type { DecideContext, EngineEventInput, Run } from '../../../src/domain/engine';
import { decide, engineEventSchema } from '../../../src/domain/engine';
import { directorySchema } from '../../../src/domain/people';
import type { Playbook } from '../../../src/domain/playbook';
import { validatePlaybook } from '../../../src/domain/playbook';

export function playbook(steps: unknown[], extra: Record<string, unknown> = {}): Playbook {
  const r = validatePlaybook({
    schemaVersion: 1,
    id: 'kit',
    name: 'Kit',
    version: 3,
    enabled: true,
    match: { project: 'SS' },
    intake: [{ name: 'company', label: 'Company', type: 'text' }],
    roles: { owner: { person: 'kit.owner' }, am: { lookup: { table: 'kit.ams', by: 'company' }, fallback: 'owner' } },
    steps,
    ...extra,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.playbook;
}

export const ctx: DecideContext = {
  appAccountId: 'app',
  slackConfigured: false,
  directory: directorySchema.parse({
    people: {
      'kit.owner': { accountId: 'acc-owner', displayName: 'Olive Owner' },
      'kit.am': { accountId: 'acc-am', displayName: 'Andy AM' },
    },
    tables: { 'kit.ams': { entries: { Acme: 'kit.am' } } },
  }),
};

export const T0 = new Date('2026-01-05T08:00:00.000Z');
export const at = (h: number): Date => new Date(T0.getTime() + h * 3600_000);

export function run(pb: Playbook, event: EngineEventInput, r: Run | undefined, h = 0, c: DecideContext = ctx) {
  return decide(pb, r, engineEventSchema.parse(event), at(h), c);
}

export const created = (company = 'Acme', description = `Company: ${company}`): EngineEventInput => ({
  id: 'e-created',
  type: 'ticketCreated',
  issue: { key: 'SS-1', project: 'SS', summary: 'Hello', description, status: 'Open' },
});
