/** The deferral preview for the panel: what would move, from the run as stored, without changing anything. */
import { previewDeferral, type DeferralPreview } from '../domain/engine';
import { now } from '../shared/runtime';
import { loadRunAndPlaybook } from './apply';

export async function previewDeferFor(
  issueKey: string,
  stepId: string,
  date: string,
): Promise<DeferralPreview | undefined> {
  const loaded = await loadRunAndPlaybook(issueKey);
  if (!loaded) return undefined;
  return previewDeferral(loaded.playbook, loaded.record.run, stepId, date, now());
}
