// What a site or project admin changes outside the REST API the app uses (admin.atlassian.com, the project's
// permission scheme, the workflow editor), as /local/ control operations, so bad-path tests stay on HTTP.
import { z } from 'zod';
import { PROJECT_PERMISSIONS } from './permissions';
import type { Store } from './store';

export const UserActiveBody = z.strictObject({ email: z.string().min(1), active: z.boolean() });
export const AppPermissionsBody = z.strictObject({
  project: z.string().min(1),
  /** The app's permissions in the project; null: the add-on role's default (all but project admin). */
  permissions: z.array(z.enum(PROJECT_PERMISSIONS)).nullable(),
});
export const RenameStatusBody = z.strictObject({ project: z.string().min(1), from: z.string(), to: z.string() });

type Outcome = { ok: true; body: unknown } | { ok: false; message: string };

/** Deactivates (or reactivates) a user: no permissions, no sign-in, out of user search; mentions still render. */
export function setUserActive(store: Store, body: z.infer<typeof UserActiveBody>): Outcome {
  const user = store.userByEmail(body.email);
  if (!user) return { ok: false, message: `No user with the email ${body.email}` };
  user.active = body.active;
  store.save();
  return { ok: true, body: { accountId: user.accountId, active: user.active } };
}

export function setAppPermissions(store: Store, body: z.infer<typeof AppPermissionsBody>): Outcome {
  const project = store.project(body.project);
  if (!project) return { ok: false, message: `No project ${body.project}` };
  if (body.permissions === null) delete project.appPermissions;
  else project.appPermissions = [...body.permissions];
  store.save();
  return { ok: true, body: { project: project.key, permissions: body.permissions } };
}

/**
 * Replaces a status of the project's workflow by a new one (statuses are global in Jira: a new name is a new status).
 * A copy of the workflow becomes the project's own, so other projects keep theirs; its transitions and issues follow.
 */
export function renameStatus(store: Store, body: z.infer<typeof RenameStatusBody>): Outcome {
  const project = store.project(body.project);
  if (!project) return { ok: false, message: `No project ${body.project}` };
  const shared = store.data.workflows.find((w) => w.id === project.workflowId);
  const status = shared?.statuses.find((s) => s.name.toLowerCase() === body.from.toLowerCase());
  if (!shared || !status) return { ok: false, message: `The workflow of ${project.key} has no status "${body.from}"` };
  const own = structuredClone(shared);
  own.id = `${shared.id}:${project.key}`;
  own.name = `${shared.name} (${project.key})`;
  const id = store.nextId();
  const swap = (x: string): string => (x === status.id ? id : x);
  for (const s of own.statuses) if (s.id === status.id) Object.assign(s, { id, name: body.to });
  for (const t of own.transitions) {
    if (t.to === status.id && t.name === body.from) t.name = body.to;
    t.to = swap(t.to);
    if (t.from !== 'any') t.from = t.from.map(swap);
  }
  own.initialStatus = swap(own.initialStatus);
  for (const issue of store.data.issues) if (issue.projectKey === project.key) issue.statusId = swap(issue.statusId);
  store.data.workflows = [...store.data.workflows.filter((w) => w.id !== own.id), own];
  project.workflowId = own.id;
  store.save();
  return { ok: true, body: { project: project.key, statuses: own.statuses.map((s) => s.name) } };
}
