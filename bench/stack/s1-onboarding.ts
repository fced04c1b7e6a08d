/** S1 (SCENARIOS.md) happy path on the local stack, phase by phase, with the app's Jira calls of each phase. */
import type { AppCall, Driver } from './driver';

export const S1_EMAIL = `<html><body><div style="font-family:Calibri">
<p>Hello team,</p>
<p><b>Contractor Installer name:</b>   SunPower Installers </p>
<p>Contractor Installer contact email<br>bob@sunpower-installers.example</p>
<p>Kind regards,<br>Bob</p></div></body></html>`;

export const PEOPLE = {
  bob: 'bob@sunpower-installers.example',
  david: 'david.ellis@goeverbright.com',
  chris: '712020:chris-config',
};

export interface Phase {
  name: string;
  calls: AppCall[];
}

/** The scheduler's hourly search for due runs: a cost of the hour, shared by every run, not of one onboarding. */
export const isDueRunsSearch = (c: AppCall): boolean => c.method === 'POST' && c.path === '/rest/api/3/search/jql';

export async function runS1(
  d: Driver,
  afterPhase: () => Promise<void> = () => Promise.resolve(),
): Promise<{ phases: Phase[]; hourlySearches: number }> {
  const phases: Phase[] = [];
  let hourlySearches = 0;
  const phase = async (name: string, act: () => Promise<unknown>, scheduled = false): Promise<void> => {
    const since = d.mark();
    await act();
    const calls = d.appCalls(since);
    // During a clock move every hourly tick searches once; the due tick's search is the onboarding's share.
    const searches = scheduled ? calls.filter(isDueRunsSearch) : [];
    hourlySearches += Math.max(0, searches.length - 1);
    const dropped = new Set(searches.slice(0, -1));
    phases.push({ name, calls: calls.filter((c) => !dropped.has(c)) });
    await afterPhase();
  };
  await phase('email in: intake, CS linked by automation', () =>
    d.email(PEOPLE.bob, 'EverBright Partner Onboarding', S1_EMAIL),
  );
  await phase('CS On Hold: SS waiting, approval asked', () => d.moveTo('CS-1', 'On Hold', PEOPLE.chris));
  await phase('25 h later: one chase', () => d.advance('PT25H'), true);
  await phase('answer by email (duplicate ticket)', () =>
    d.email(PEOPLE.david, 'Products for SunPower Installers', '<p>Approved, go ahead with SunPower Installers.</p>'),
  );
  await phase('CS Done: live notice, SS closed', () => d.moveTo('CS-1', 'Done', PEOPLE.chris));
  return { phases, hourlySearches };
}
