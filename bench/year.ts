/**
 * A simulated year: 1,000 onboarding runs (S1 and S4 alternating, started evenly over 365 days) through decide(),
 * with the hourly scheduler telling each run that is due that time passed, and every run stored as JSON and read
 * back through runSchema between events, as the shell does. Wall time and memory of the whole year.
 */
import { performance } from 'node:perf_hooks';
import { resourceUsage } from 'node:process';
import type { DecideContext, EngineEvent, EngineEventInput, Run } from '../src/domain/engine';
import { decide, engineEventSchema, runSchema } from '../src/domain/engine';
import { directorySchema } from '../src/domain/people';
import type { Playbook } from '../src/domain/playbook';
import { loadBuiltinPlaybooks } from '../src/domain/playbook';
import { context as s1Context, lifecycle } from './s1-lifecycle';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-01-05T08:00:00.000Z');
const VENDOR = { accountId: 'acc-vendor', email: 'ola@hrvendor.example', displayName: 'Ola' };
const SALES = { accountId: 'acc-kari', displayName: 'Kari' };
const OPS = { accountId: 'acc-nils', displayName: 'Nils' };

const context: DecideContext = {
  ...s1Context,
  directory: directorySchema.parse({
    ...s1Context.directory,
    people: { ...s1Context.directory.people, 'digipost.onboarding': OPS, 'digipost.sales': SALES },
  }),
};

/** One S4 onboarding (as the soak's script does it), hours after its start. */
function s4Lifecycle(n: number): [number, EngineEvent][] {
  const key = `DP-${n}`;
  const panel = (id: string, actor: typeof OPS, extra: Record<string, string>): EngineEventInput =>
    ({
      id: `${key}/${id}`,
      type: 'panelAction',
      actor,
      actorAccountId: actor.accountId,
      ...extra,
    }) as EngineEventInput;
  const events: [number, EngineEventInput][] = [
    [
      0,
      {
        id: `${key}/created`,
        type: 'ticketCreated',
        actorAccountId: VENDOR.accountId,
        issue: {
          key,
          project: 'DP',
          summary: `Ny avsender via integrert system: Bedrift ${n} AS`,
          description: `Virksomhet: Bedrift ${n} AS\nIntegrert system: HR Vendor Lønn`,
          reporter: VENDOR,
          status: 'Open',
        },
      },
    ],
    [2, panel('gate', SALES, { action: 'completeStep', stepId: 'agreement-signed', note: 'Signert avtale mottatt' })],
    [3, panel('review', OPS, { action: 'decide', stepId: 'launch-review', value: 'direct' })],
    [20, panel('config', OPS, { action: 'completeStep', stepId: 'configuration' })],
    [
      30,
      {
        id: `${key}/vendor-ok`,
        type: 'commentAdded',
        actorAccountId: VENDOR.accountId,
        issueKey: key,
        author: VENDOR,
        text: 'Oppsettet er verifisert fra vår side.',
        visibility: 'public',
      },
    ],
    [31, panel('signoff', OPS, { action: 'signOff', stepId: 'verification', party: 'digipost' })],
  ];
  return events.map(([h, e]) => [h, engineEventSchema.parse(e)]);
}

export interface YearResult {
  runs: number;
  byPlaybook: Record<string, number>;
  completed: number;
  events: number;
  ticks: number;
  commands: number;
  wallMs: number;
  /** The largest resident set size and heap sampled once a simulated day during the year, MB. */
  peakRssMb: number;
  /** resourceUsage().maxRSS: the process's peak over its whole life (earlier bench parts included), MB. */
  processMaxRssMb: number;
  peakHeapMb: number;
  storedKb: number;
}

export function simulateYear(runs = 1000): YearResult {
  const playbooks = new Map<string, Playbook>();
  for (const b of loadBuiltinPlaybooks()) if (b.ok) playbooks.set(b.id, b.playbook);
  const s1 = playbooks.get('everbright-partner-onboarding');
  const s4 = playbooks.get('digipost-sender-onboarding');
  if (!s1 || !s4) throw new Error('S1 or S4 is not a valid built-in');
  const spacing = (365 * 24 * HOUR) / runs;
  const queue: { at: number; key: string; pb: Playbook; event: EngineEvent }[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = T0 + Math.round(i * spacing);
    if (i % 2 === 0)
      for (const { at, event } of lifecycle(i + 1)) {
        if (event.type === 'timePassed') continue; // the scheduler below ticks instead
        queue.push({
          at: start + (at.getTime() - Date.parse('2026-03-02T09:00:00.000Z')),
          key: `SS-${i + 1}`,
          pb: s1,
          event,
        });
      }
    else
      for (const [h, event] of s4Lifecycle(i + 1))
        queue.push({ at: start + h * HOUR, key: `DP-${i + 1}`, pb: s4, event });
  }
  queue.sort((a, b) => a.at - b.at);
  const stored = new Map<string, string>();
  const due = new Map<string, number>();
  const pbOf = new Map<string, Playbook>();
  let events = 0;
  let ticks = 0;
  let commands = 0;
  let peakHeap = 0;
  let peakRss = 0;
  const apply = (key: string, pb: Playbook, event: EngineEvent, at: number): void => {
    const text = stored.get(key);
    const run: Run | undefined = text ? runSchema.parse(JSON.parse(text)) : undefined;
    const d = decide(pb, run, event, new Date(at), context);
    commands += d.commands.length;
    if (!d.run) return;
    stored.set(key, JSON.stringify(d.run));
    pbOf.set(key, pb);
    const next = d.run.state === 'active' && d.run.nextDueAt ? Date.parse(d.run.nextDueAt) : undefined;
    if (next === undefined) due.delete(key);
    else due.set(key, next);
  };
  const started = performance.now();
  const end = T0 + 366 * 24 * HOUR + 14 * 24 * HOUR;
  let q = 0;
  for (let hour = T0; hour < end; hour += HOUR) {
    for (; q < queue.length && (queue[q]?.at ?? Infinity) < hour + HOUR; q += 1) {
      const item = queue[q];
      if (!item) break;
      apply(item.key, item.pb, item.event, item.at);
      events += 1;
    }
    const tickAt = hour + HOUR;
    for (const [key, when] of [...due]) {
      if (when > tickAt) continue;
      const pb = pbOf.get(key);
      if (!pb) continue;
      apply(key, pb, engineEventSchema.parse({ id: `${key}/due:${when}`, type: 'timePassed' }), tickAt);
      ticks += 1;
    }
    if ((hour - T0) % (24 * HOUR) === 0) {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed);
      peakRss = Math.max(peakRss, m.rss);
    }
  }
  const wallMs = performance.now() - started;
  const all = [...stored.values()].map((t) => runSchema.parse(JSON.parse(t)));
  return {
    runs,
    byPlaybook: { S1: Math.ceil(runs / 2), S4: Math.floor(runs / 2) },
    completed: all.filter((r) => r.state === 'completed').length,
    events,
    ticks,
    commands,
    wallMs: Math.round(wallMs),
    peakRssMb: Math.round(peakRss / 2 ** 20),
    processMaxRssMb: Math.round(resourceUsage().maxRSS / 1024),
    peakHeapMb: Math.round(peakHeap / 2 ** 20),
    storedKb: Math.round([...stored.values()].reduce((n, t) => n + t.length, 0) / 1024),
  };
}
