/** Resolvers for the issue panel and the admin page. Each checks the caller's permission, as the caller, first. */
import Resolver from '@forge/resolver';
import { jiraDeps, openInvocation } from '../app/context';
import { panelAction, PermissionDenied, requirePermission, runViewFor } from '../app/panel';
import { directorySchema } from '../domain/people';
import { getMyPermissions, getUser, userJira } from '../jira';
import { refusalOf } from '../app/panel-actions';
import { traceFor } from '../app/panel-trace';
import {
  adminRequests,
  panelRequests,
  type ActResult,
  type Envelope,
  type RunView,
  type TraceBatch,
} from '../shared/contracts';
import {
  listPlaybookHeads,
  loadSlackWebhook,
  loadDirectory,
  maskSecret,
  saveDirectory,
  saveSlackWebhook,
  setPlaybookEnabled,
} from '../storage';
import { NotFound, respond } from './envelope';

interface Caller {
  accountId?: string;
}
const callerOf = (context: unknown): string => {
  const id = (context as Caller | undefined)?.accountId;
  if (id === undefined) throw new PermissionDenied('no signed-in user');
  return id;
};

const panel = new Resolver();
panel.define('getRun', ({ payload }) =>
  respond(panelRequests.getRun, payload, async ({ issueKey }): Promise<RunView | null> => {
    await requirePermission(issueKey, 'BROWSE_PROJECTS');
    return runViewFor(issueKey);
  }),
);
panel.define('getTrace', ({ payload }) =>
  respond(panelRequests.getTrace, payload, async ({ issueKey }): Promise<TraceBatch[]> => {
    await requirePermission(issueKey, 'BROWSE_PROJECTS');
    return traceFor(issueKey);
  }),
);
panel.define('act', async ({ payload, context }): Promise<Envelope<ActResult>> => {
  const answer = await respond(panelRequests.act, payload, async (req) => {
    const { issueKey, action, requestId, note } = req;
    const accountId = callerOf(context);
    await requirePermission(issueKey, 'EDIT_ISSUES');
    // The answer records who acted by name; a failed lookup leaves the account id, never blocks the action.
    const displayName = await getUser(userJira(jiraDeps()), accountId).then(
      (u) => u.displayName,
      () => undefined,
    );
    const inv = await openInvocation();
    const actor = displayName ? { accountId, displayName } : { accountId };
    const target = {
      stepId: req.stepId,
      party: req.party,
      value: req.value,
      item: req.item,
      playbookId: req.playbookId,
      date: req.date,
      rrule: req.rrule,
    };
    const applied = await panelAction(inv, issueKey, actor, action, requestId, note, target);
    if (!applied) throw new NotFound(`no run on ${issueKey}`);
    const refused = refusalOf(action, applied.trace);
    return refused ?? { state: applied.run?.state ?? 'none', trace: applied.trace.map((t) => t.message) };
  });
  if (!answer.ok) return answer;
  // The engine refused (the run is unchanged): say so with its stable code rather than answering success.
  const data = answer.data;
  if ('reason' in data) return { ok: false, error: { code: 'REFUSED', reason: data.reason, message: data.message } };
  return { ok: true, data };
});

async function requireAdmin(): Promise<void> {
  const granted = await getMyPermissions(userJira(jiraDeps()), ['ADMINISTER']);
  if (!granted.ADMINISTER) throw new PermissionDenied('only Jira admins may change onboarding settings');
}

const admin = new Resolver();
admin.define('listPlaybooks', ({ payload }) =>
  respond(adminRequests.listPlaybooks, payload, async () => {
    await requireAdmin();
    return listPlaybookHeads();
  }),
);
admin.define('setPlaybookEnabled', ({ payload }) =>
  respond(adminRequests.setPlaybookEnabled, payload, async ({ id, enabled }) => {
    await requireAdmin();
    await setPlaybookEnabled(id, enabled);
    return { id, enabled };
  }),
);
admin.define('getDirectory', ({ payload }) =>
  respond(adminRequests.getDirectory, payload, async () => {
    await requireAdmin();
    return loadDirectory();
  }),
);
admin.define('saveDirectory', ({ payload }) =>
  respond(adminRequests.saveDirectory, payload, async ({ directory }) => {
    await requireAdmin();
    await saveDirectory(directorySchema.parse(directory));
    return { saved: true };
  }),
);
admin.define('getSlack', ({ payload }) =>
  respond(adminRequests.getSlack, payload, async () => {
    await requireAdmin();
    return maskSecret(await loadSlackWebhook());
  }),
);
admin.define('setSlackWebhook', ({ payload }) =>
  respond(adminRequests.setSlackWebhook, payload, async ({ url }) => {
    await requireAdmin();
    await saveSlackWebhook(url);
    return maskSecret(url || undefined);
  }),
);

export const panelResolver = panel.getDefinitions();
export const adminResolver = admin.getDefinitions();
