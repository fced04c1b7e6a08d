/** Jira Automation custom actions (manifest `action` modules): start a playbook, record an approval, cancel a run. */
import { z } from 'zod';
import { openInvocation } from '../app/context';
import { panelAction, startPlaybook } from '../app/panel';
import { now } from '../shared/runtime';

const inputsSchema = z.looseObject({
  issueKey: z.string().min(1),
  playbookId: z.string().optional(),
  decision: z.enum(['approve', 'decline']).optional(),
  note: z.string().max(2000).optional(),
  reason: z.string().max(2000).optional(),
});

export async function handleAutomationAction(payload: unknown): Promise<{ ok: boolean; message: string }> {
  const raw = (payload as { inputs?: unknown } | undefined)?.inputs ?? payload;
  const parsed = inputsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join('; ') };
  const { issueKey, playbookId, decision, note, reason } = parsed.data;
  const inv = await openInvocation();
  const requestId = `${issueKey}:${now().toISOString()}`;
  const actor = { accountId: inv.decide.appAccountId, displayName: 'Jira Automation' };
  if (playbookId !== undefined) {
    const applied = await startPlaybook(inv, issueKey, playbookId, requestId);
    return {
      ok: applied !== undefined,
      message: applied ? `started ${playbookId}` : `no enabled playbook ${playbookId}`,
    };
  }
  const action = decision ?? 'cancel';
  const applied = await panelAction(inv, issueKey, actor, action, requestId, note ?? reason);
  return { ok: applied !== undefined, message: applied ? `${action} recorded` : `no run on ${issueKey}` };
}
