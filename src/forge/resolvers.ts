/** Resolvers for the issue panel (the admin page's are in admin-resolvers.ts). Each checks permission as the caller. */
import Resolver from '@forge/resolver';
import { jiraDeps, openInvocation } from '../app/context';
import { panelAction, PermissionDenied, requirePermission, runViewFor } from '../app/panel';
import { findPerson } from '../domain/people';
import { getUser, userJira } from '../jira';
import { refusalOf } from '../app/panel-actions';
import { previewDeferFor } from '../app/panel-defer';
import { localeOfContext } from '../app/panel-texts';
import { now } from '../shared/runtime';
import { displayNameOf } from '../storage/users';
import { traceFor } from '../app/panel-trace';
import {
  panelRequests,
  type ActResult,
  type Envelope,
  type PreviewDeferResult,
  type RunView,
  type TraceBatch,
} from '../shared/contracts';
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
panel.define('getRun', ({ payload, context }) =>
  respond(panelRequests.getRun, payload, async ({ issueKey }): Promise<RunView | null> => {
    await requirePermission(issueKey, 'BROWSE_PROJECTS');
    return runViewFor(issueKey, localeOfContext(context));
  }),
);
panel.define('getTrace', ({ payload }) =>
  respond(panelRequests.getTrace, payload, async ({ issueKey }): Promise<TraceBatch[]> => {
    await requirePermission(issueKey, 'BROWSE_PROJECTS');
    return traceFor(issueKey);
  }),
);
panel.define('previewDefer', async ({ payload }): Promise<Envelope<PreviewDeferResult>> => {
  const answer = await respond(panelRequests.previewDefer, payload, async ({ issueKey, stepId, date }) => {
    await requirePermission(issueKey, 'EDIT_ISSUES');
    const preview = await previewDeferFor(issueKey, stepId, date);
    if (!preview) throw new NotFound(`no run on ${issueKey}`);
    return preview;
  });
  if (!answer.ok) return answer;
  const p = answer.data;
  // Refused as the defer action itself would be: the same code the engine notes (`defer.<code>`).
  if (!p.ok) return { ok: false, error: { code: 'REFUSED', reason: `defer.${p.code}`, message: p.message } };
  return { ok: true, data: { moves: p.moves } };
});
panel.define('act', async ({ payload, context }): Promise<Envelope<ActResult>> => {
  const answer = await respond(panelRequests.act, payload, async (req) => {
    const { issueKey, action, requestId, note } = req;
    const accountId = callerOf(context);
    await requirePermission(issueKey, 'EDIT_ISSUES');
    const inv = await openInvocation();
    // The run records who acted by name: the directory's (the name the admin gave, which the playbooks mention them
    // by), else Jira's, read at most once a day per person (src/storage/users.ts); a failed lookup leaves the
    // account id and never blocks the action.
    const displayName =
      findPerson(inv.decide.directory, { accountId })?.displayName ??
      (await displayNameOf(accountId, now(), () =>
        getUser(userJira(jiraDeps()), accountId).then((u) => (u.displayName === '' ? undefined : u.displayName)),
      ).catch(() => undefined));
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

export const panelResolver = panel.getDefinitions();
