/**
 * S1 intake with 100 ms injected per Jira call, in round trips: the waves of calls (see waves.ts) from the email
 * to the run settled, beside the calls. Independent calls share a wave, so waves = the longest dependent chain.
 */
import type { Driver } from './driver';
import { PEOPLE, S1_EMAIL } from './s1-onboarding';
import { restoreIds, type KeptIds } from './warm-ids';

export interface IntakeLatency {
  latencyMs: number;
  calls: number;
  roundTrips: number;
  /** Calls per round trip, in order. */
  waves: number[];
  /** At latencyMs per round trip, what the user waits for Jira alone. */
  jiraWaitMs: number;
}

export async function measureIntakeLatency(d: Driver, latencyMs = 100, warm?: KeptIds): Promise<IntakeLatency> {
  await d.reset();
  if (warm) await restoreIds(warm);
  const since = d.mark();
  d.latency(latencyMs);
  const before = { waves: d.waves.waves, calls: d.waves.calls };
  await d.email(PEOPLE.bob, 'EverBright Partner Onboarding', S1_EMAIL);
  const roundTrips = d.waves.waves - before.waves;
  const waves = d.waves.sizes.slice(before.waves);
  d.latency(0);
  const calls = d.appCalls(since).length;
  if (d.waves.calls - before.calls !== calls) throw new Error('a call waited for latency but is not an app call');
  return { latencyMs, calls, roundTrips, waves, jiraWaitMs: roundTrips * latencyMs };
}
