// Registry changes of runs on different tickets at the same moment: the registry is one record changed
// read-modify-write, so perform takes the 'registries' lock around it and neither change is lost.
import type { Command, Run } from '../../src/domain/engine';
import type { JiraClient } from '../../src/jira';
import type { NameCache } from '../../src/app/names';
import { perform, type PerformContext } from '../../src/app/perform';
import { loadRegistries } from '../../src/storage/registries';
import { inProcessStack, type InProcess } from './stack';

let p: InProcess | undefined;
beforeEach(async () => {
  p = await inProcessStack();
});
afterEach(() => p?.stack.stop());

// updateRegistry touches neither Jira nor names: the context's other parts are never used.
const context = (): PerformContext => ({
  jira: {} as JiraClient,
  names: {} as NameCache,
  run: {} as Run,
  slackWebhook: undefined,
  warn: () => undefined,
});

const addService = (partner: string, service: string): Command => ({
  key: `reg-${partner}`,
  type: 'updateRegistry',
  change: { op: 'addService', partner, service, shared: false },
});

test('two updateRegistry changes performed at once both survive', async () => {
  await Promise.all([
    perform(context(), addService('Northfield Council', 'Bulky waste collection')),
    perform(context(), addService('Southport Council', 'Garden waste collection')),
  ]);
  const { partners } = await loadRegistries();
  const services = Object.values(partners).flatMap((partner) =>
    partner.services.map((s) => `${partner.name}: ${s.name}`),
  );
  // The site's registry holds Northfield's earlier services too; both new ones must be there beside them.
  expect(services).toEqual(
    expect.arrayContaining([
      'Northfield Council: Bulky waste collection',
      'Southport Council: Garden waste collection',
    ]),
  );
});
