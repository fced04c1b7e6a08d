/**
 * A simulated year: 1,000 onboarding runs (S1, S2, S3 multi-site, S3 small SI and S4 in turn, started evenly over 365 days) through decide(),
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
import { s2Context, s2Lifecycle, s3Context, s3Lifecycle, s3SiLifecycle } from './year-lifecycles';

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

interface Rig {
  name: string;
  pb: Playbook;
  ctx: DecideContext;
}

/** One S1 onboarding as the soak's lifecycle has it, in hours after its start; the scheduler below ticks instead. */
function s1Hours(n: number): [number, EngineEvent][] {
  const t0 = Date.parse('2026-03-02T09:00:00.000Z');
  return lifecycle(n)
    .filter(({ event }) => event.type !== 'timePassed')
    .map(({ at, event }) => [(at.getTime() - t0) / HOUR, event]);
}

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
  /** Completed runs per playbook, and for any that did not complete, where they stopped. */
  completedByPlaybook: Record<string, number>;
  notCompleted: string[];
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
  const get = (id: string): Playbook => {
    const pb = playbooks.get(id);
    if (!pb) throw new Error(`${id} is not a valid built-in`);
    return pb;
  };
  const s1: Rig = { name: 'S1', pb: get('everbright-partner-onboarding'), ctx: context };
  const s2: Rig = { name: 'S2', pb: get('sep-partner-lifecycle'), ctx: s2Context };
  const s3: Rig = { name: 'S3', pb: get('optergy-multisite-licence'), ctx: s3Context };
  const s3si: Rig = { name: 'S3 small SI', pb: get('optergy-si-onboarding'), ctx: s3Context };
  const s4: Rig = { name: 'S4', pb: get('digipost-sender-onboarding'), ctx: context };
  const scripts: [Rig, string, (n: number, start: number) => [number, EngineEvent][]][] = [
    [s1, 'SS', s1Hours],
    [s2, 'SEP', s2Lifecycle],
    [s3, 'OSI', s3Lifecycle],
    [s3si, 'OSI', s3SiLifecycle],
    [s4, 'DP', s4Lifecycle],
  ];
  const spacing = (365 * 24 * HOUR) / runs;
  const queue: { at: number; key: string; rig: Rig; event: EngineEvent }[] = [];
  const byPlaybook: Record<string, number> = {};
  const rigOf = new Map<string, Rig>();
  for (let i = 0; i < runs; i += 1) {
    const start = T0 + Math.round(i * spacing);
    const script = scripts[i % scripts.length];
    if (!script) continue;
    const [rig, prefix, hours] = script;
    const key = `${prefix}-${i + 1}`;
    byPlaybook[rig.name] = (byPlaybook[rig.name] ?? 0) + 1;
    rigOf.set(key, rig);
    for (const [h, event] of hours(i + 1, start)) queue.push({ at: start + h * HOUR, key, rig, event });
  }
  queue.sort((a, b) => a.at - b.at);
  const stored = new Map<string, string>();
  const due = new Map<string, number>();
  let events = 0;
  let ticks = 0;
  let commands = 0;
  let peakHeap = 0;
  let peakRss = 0;
  const apply = (key: string, rig: Rig, event: EngineEvent, at: number): void => {
    const text = stored.get(key);
    const run: Run | undefined = text ? runSchema.parse(JSON.parse(text)) : undefined;
    const d = decide(rig.pb, run, event, new Date(at), rig.ctx);
    commands += d.commands.length;
    if (!d.run) return;
    stored.set(key, JSON.stringify(d.run));
    const next = d.run.state === 'active' && d.run.nextDueAt ? Date.parse(d.run.nextDueAt) : undefined;
    if (next === undefined) due.delete(key);
    else due.set(key, next);
  };
  const started = performance.now();
  // two weeks past the year or the last scripted event, whichever is later (a small-SI run lasts about 7 weeks)
  const end = Math.max(T0 + 366 * 24 * HOUR, queue.at(-1)?.at ?? T0) + 14 * 24 * HOUR;
  let q = 0;
  for (let hour = T0; hour < end; hour += HOUR) {
    for (; q < queue.length && (queue[q]?.at ?? Infinity) < hour + HOUR; q += 1) {
      const item = queue[q];
      if (!item) break;
      apply(item.key, item.rig, item.event, item.at);
      events += 1;
    }
    const tickAt = hour + HOUR;
    for (const [key, when] of [...due]) {
      if (when > tickAt) continue;
      const rig = rigOf.get(key);
      if (!rig) continue;
      apply(key, rig, engineEventSchema.parse({ id: `${key}/due:${when}`, type: 'timePassed' }), tickAt);
      ticks += 1;
    }
    if ((hour - T0) % (24 * HOUR) === 0) {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed);
      peakRss = Math.max(peakRss, m.rss);
    }
  }
  const wallMs = performance.now() - started;
  const completedByPlaybook: Record<string, number> = {};
  const stops = new Map<string, number>();
  for (const [key, rig] of rigOf) {
    const text = stored.get(key);
    const r = text ? runSchema.parse(JSON.parse(text)) : undefined;
    completedByPlaybook[rig.name] = (completedByPlaybook[rig.name] ?? 0) + (r?.state === 'completed' ? 1 : 0);
    if (r?.state === 'completed') continue;
    const open = r
      ? Object.entries(r.steps)
          .filter(([, s]) => s.status === 'active')
          .map(([id]) => id)
      : [];
    const why = `${rig.name} ${r ? `${r.state} at stage ${r.stage}, active: ${open.join(', ') || 'none'}` : 'no run'}`;
    stops.set(why, (stops.get(why) ?? 0) + 1);
  }
  // extra.ts prints the totals; completion per playbook and any stop are said here so none is hidden
  const done = Object.entries(completedByPlaybook).map(([k, v]) => `${k} ${v}/${byPlaybook[k] ?? 0}`);
  console.log(`\nsimulated year, completed per playbook: ${done.join(', ')}`);
  for (const why of stops.size ? [...stops].map(([w, c]) => `${c} x ${w}`) : ['every run completed'])
    console.log(`  not completed: ${why}`);
  return {
    runs,
    byPlaybook,
    completed: Object.values(completedByPlaybook).reduce((a, b) => a + b, 0),
    completedByPlaybook,
    notCompleted: [...stops].map(([why, count]) => `${count} x ${why}`),
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
