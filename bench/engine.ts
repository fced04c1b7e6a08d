/** Benchmarks of the pure core: decide() on S1's event mix, playbook validation and intake parsing. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Run } from '../src/domain/engine';
import { decide, matchAnswerTicket, matchPlaybook, runSchema } from '../src/domain/engine';
import { parseIntake } from '../src/domain/intake';
import type { Playbook } from '../src/domain/playbook';
import { parsePlaybookYaml, validatePlaybook } from '../src/domain/playbook';
import type { Benchmark } from './harness';
import type { TimedEvent } from './s1-lifecycle';
import { context, installerOf, lifecycle, S1_DESCRIPTION } from './s1-lifecycle';

const s1Text = readFileSync(join(__dirname, '../playbooks/everbright.yaml'), 'utf8');
const s1Data: unknown = parse(s1Text);

function loadS1(): Playbook {
  const r = parsePlaybookYaml(s1Text);
  if (!r.ok) throw new Error(`S1 does not validate: ${JSON.stringify(r.errors)}`);
  return r.playbook;
}

/** Drives one onboarding through decide(); `stored` also reads and writes the run as the shell's storage does. */
function drive(pb: Playbook, events: readonly TimedEvent[], stored: boolean): Run | undefined {
  let run: Run | undefined;
  for (const { at, event } of events) {
    const input = stored && run ? runSchema.parse(JSON.parse(JSON.stringify(run))) : run;
    run = decide(pb, input, event, at, context).run;
  }
  return run;
}

/** Onboardings with distinct ticket keys, so no run or command key repeats between iterations. */
const LIFECYCLES = Array.from({ length: 64 }, (_, i) => lifecycle(i + 1));
export const EVENTS_PER_ONBOARDING = LIFECYCLES[0]?.length ?? 0;

export function eventMix(): Record<string, number> {
  const mix: Record<string, number> = {};
  for (const { event } of LIFECYCLES[0] ?? []) mix[event.type] = (mix[event.type] ?? 0) + 1;
  return mix;
}

/** A benchmark of a broken path measures nothing: the onboarding must complete with the approval given. */
function checkLifecycle(pb: Playbook): void {
  const run = drive(pb, LIFECYCLES[0] ?? [], true);
  const answer = run?.steps['go-live-approval']?.approval?.answer;
  if (run?.state !== 'completed' || answer?.decision !== 'approve' || run.attention.length > 0) {
    throw new Error(`the S1 lifecycle did not complete as expected: ${JSON.stringify(run)}`);
  }
}

const ADF_DESCRIPTION = {
  type: 'doc',
  version: 1,
  content: S1_DESCRIPTION.split('\n\n').map((block) => ({
    type: 'paragraph',
    content: block
      .split('\n')
      .flatMap((line, i) => [
        ...(i > 0 ? [{ type: 'hardBreak' }] : []),
        ...(line === '' ? [] : [{ type: 'text', text: line }]),
      ]),
  })),
};

/** Runs waiting for the approver (events up to CS On Hold), as the shell holds them when a new ticket arrives. */
function pendingRuns(pb: Playbook, count: number): Run[] {
  return LIFECYCLES.slice(0, count).flatMap((events) => {
    const onHold = ({ event }: TimedEvent): boolean =>
      event.type === 'ticketUpdated' && event.items.some((i) => i.to === 'On Hold');
    const asked = events.findIndex(onHold) + 1;
    const run = drive(pb, events.slice(0, asked), false);
    return run?.steps['go-live-approval']?.status === 'active' ? [run] : [];
  });
}

export function engineBenchmarks(): Benchmark[] {
  const pb = loadS1();
  checkLifecycle(pb);
  const pending = pendingRuns(pb, 64);
  if (pending.length !== 64) throw new Error(`expected 64 runs waiting for approval, got ${pending.length}`);
  const first = LIFECYCLES[0]?.[0]?.event;
  if (first?.type !== 'ticketCreated') throw new Error('an onboarding starts with its ticket');
  const newTicket = first.issue;
  const answer = {
    key: 'SS-999',
    project: 'SS',
    summary: 'RE: EverBright Partner Onboarding',
    description: `Approved, go ahead.\n\n> The products for ${installerOf(17)} are configured.`,
    reporter: { accountId: 'acc-david', email: 'david.ellis@goeverbright.com' },
  };
  let next = 0;
  const nextLifecycle = (): readonly TimedEvent[] => LIFECYCLES[next++ % LIFECYCLES.length] ?? [];
  return [
    {
      name: 'decide(), S1 event mix',
      unit: 'events',
      run: () => {
        const events = nextLifecycle();
        drive(pb, events, false);
        return events.length;
      },
    },
    {
      name: 'decide() + run stored as JSON (runSchema)',
      unit: 'events',
      run: () => {
        const events = nextLifecycle();
        drive(pb, events, true);
        return events.length;
      },
    },
    {
      name: 'matchAnswerTicket, 64 runs pending',
      unit: 'tickets',
      run: () => (matchAnswerTicket(answer, pending, context.directory).kind === 'answer' ? 1 : 0),
    },
    {
      name: 'matchPlaybook(S1), a new onboarding email',
      unit: 'tickets',
      run: () => (matchPlaybook([pb], newTicket, context.directory).kind === 'match' ? 1 : 0),
    },
    { name: 'validatePlaybook(S1)', unit: 'playbooks', run: () => (validatePlaybook(s1Data).ok ? 1 : 0) },
    { name: 'parsePlaybookYaml(S1 text)', unit: 'playbooks', run: () => (parsePlaybookYaml(s1Text).ok ? 1 : 0) },
    {
      name: 'parseIntake(S1 email, plain text)',
      unit: 'descriptions',
      run: () => (parseIntake(S1_DESCRIPTION, pb.intake).problems.length === 0 ? 1 : 0),
    },
    {
      name: 'parseIntake(S1 email, ADF)',
      unit: 'descriptions',
      run: () => (parseIntake(ADF_DESCRIPTION, pb.intake).problems.length === 0 ? 1 : 0),
    },
  ];
}
