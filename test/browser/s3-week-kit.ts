// S3 runs for the browser tests of the glance's week and the step description: the built-in Optergy playbook with
// its week-6 training described in English and Norwegian, and "New SI" requests starting on a given Sydney day.
import { loadCurrentPlaybooks, savePlaybookVersion } from '../../src/storage';
import type { Served } from './harness';

const SALLY = 'sales@optergy.example';
export const SUPPORT = 'support@optergy.example';
const DAY = 86_400_000;
export const TRAINING_DESCRIPTION = {
  en: 'Roughly one day on site: build the system they deploy, with them.',
  nb: 'Omtrent én dag hos dem: bygg systemet de skal ta i bruk, sammen med dem.',
};

/** The site clock's day in Sydney, moved by `days`. */
export async function sydneyDay(served: Served, days: number): Promise<string> {
  const { now } = (await (await fetch(`${served.url}/local/clock`)).json()) as { now: string };
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Australia/Sydney' }).format(new Date(now));
  return new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10);
}

/** An admin's new version of the built-in S3 playbook: the week-6 training described in English and Norwegian. */
export async function describeTraining(): Promise<void> {
  const current = (await loadCurrentPlaybooks()).find((p) => p.id === 'optergy-si-onboarding');
  if (!current) throw new Error('the Optergy playbook is not stored');
  const steps = current.steps.map((st) =>
    st.id === 'week-6-training' ? { ...st, description: TRAINING_DESCRIPTION } : st,
  );
  await savePlaybookVersion({ ...current, version: current.version + 1, steps });
}

/** A "New SI" request for a small SI starting on `start` (YYYY-MM-DD); its issue key once the app has run. */
export async function newSi(served: Served, start: string): Promise<string> {
  const created = await served.rest('POST', '/rest/servicedeskapi/request', SALLY, {
    serviceDeskId: '3',
    requestTypeId: '31',
    requestFieldValues: {
      summary: 'New SI: Bright SI',
      description: `SI company: Bright SI\nSI contact email: ian@bright-si.example\nSI size: Small\nStart date: ${start}`,
    },
  });
  if (created.status !== 201) throw new Error(`New SI request: ${created.status} ${JSON.stringify(created.body)}`);
  await served.control('settle');
  return (created.body as { issueKey: string }).issueKey;
}
