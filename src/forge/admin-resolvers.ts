/**
 * The admin page's resolver (function `admin-resolver`). Every definition first checks, as the caller, that they
 * are a Jira admin (ADMINISTER), then parses the input with its contract (src/shared/admin-contracts.ts), runs the
 * use case (src/app/admin) and checks the answer against the contract too. Failures answer a stable code.
 */
import Resolver from '@forge/resolver';
import type { z } from 'zod';
import { ZodError } from 'zod';
import { AdminFailure, type Editor } from '../app/admin/errors';
import { jiraDeps } from '../app/context';
import { createFromTemplate, importYaml, rollback, savePlaybook, validateYaml } from '../app/admin/editing';
import { dryRun } from '../app/admin/dry-run';
import { getInsight, insightCsv } from '../app/admin/insight';
import { migrateRuns, previewMigration } from '../app/admin/migration';
import { getDirectory, saveDirectory, searchUsers } from '../app/admin/people';
import { exportYaml, getPlaybook, listPlaybooks, listTemplates, setEnabled } from '../app/admin/playbooks';
import { getRegistry, saveRegistry } from '../app/admin/registry';
import { clearSlackWebhook, getSlackStatus, setSlackWebhook, testSlackWebhook } from '../app/admin/slack';
import { diffVersions, listVersions } from '../app/admin/versions';
import { getMyPermissions, getUser, userJira } from '../jira';
import {
  adminContracts,
  ADMIN_RESOLVER_NAMES,
  type AdminEnvelope,
  type AdminErrorCode,
  type AdminOutput,
  type AdminResolverName,
} from '../shared/admin-contracts';

interface Caller {
  accountId: string;
  /** The caller with their display name (read once, only by the use cases that record who acted). */
  editor(): Promise<Editor>;
}

type Input<K extends AdminResolverName> = z.infer<(typeof adminContracts)[K]['input']>;
type Handlers = {
  [K in AdminResolverName]: (input: Input<K>, caller: Caller) => Promise<AdminOutput<K>> | AdminOutput<K>;
};

const handlers: Handlers = {
  listPlaybooks: () => listPlaybooks(),
  listTemplates: () => listTemplates(),
  getPlaybook: ({ id, version }) => getPlaybook(id, version),
  validatePlaybook: ({ yaml }) => validateYaml(yaml),
  savePlaybook: async (input, caller) => savePlaybook(input, await caller.editor()),
  listVersions: ({ id }) => listVersions(id),
  diffVersions: ({ id, from, to }) => diffVersions(id, from, to),
  rollback: async ({ id, toVersion, expectedVersion }, caller) =>
    rollback(id, toVersion, expectedVersion, await caller.editor()),
  setEnabled: ({ id, enabled }) => setEnabled(id, enabled),
  createFromTemplate: async ({ templateId, newId, name }, caller) =>
    createFromTemplate(templateId, await caller.editor(), newId, name),
  exportYaml: ({ id, version }) => exportYaml(id, version),
  importYaml: async ({ yaml, replace }, caller) => importYaml(yaml, replace, await caller.editor()),
  previewMigration: ({ id, toVersion }) => previewMigration(id, toVersion),
  migrateRuns: ({ id, toVersion, issueKeys }) => migrateRuns(id, toVersion, issueKeys),
  dryRun: ({ issueKey, playbookId, version }) => dryRun(issueKey, playbookId, version),
  getDirectory: () => getDirectory(),
  saveDirectory: ({ directory }) => saveDirectory(directory),
  searchUsers: ({ query }) => searchUsers(query),
  getRegistry: () => getRegistry(),
  saveRegistry: ({ services, interests }) => saveRegistry(services, interests),
  getSlackStatus: () => getSlackStatus(),
  setSlackWebhook: async ({ url }, caller) => setSlackWebhook(url, await caller.editor()),
  testSlackWebhook: async (_input, caller) => testSlackWebhook(await caller.editor()),
  clearSlackWebhook: () => clearSlackWebhook(),
  getInsight: () => getInsight(),
  insightCsv: () => insightCsv(),
  getSlack: async () => {
    const status = await getSlackStatus();
    return status.last4 === undefined
      ? { configured: status.configured }
      : { configured: true, hint: `…${status.last4}` };
  },
  setPlaybookEnabled: ({ id, enabled }) => setEnabled(id, enabled),
};

const fail = (code: AdminErrorCode, message: string, errors?: AdminFailure['errors']): AdminEnvelope<never> => ({
  ok: false,
  error: { code, message, ...(errors ? { errors } : {}) },
});

/** As the caller: Jira says whether they hold the global ADMINISTER permission. Any doubt refuses. */
async function isAdmin(): Promise<boolean> {
  try {
    const granted = await getMyPermissions(userJira(jiraDeps()), ['ADMINISTER']);
    return granted.ADMINISTER;
  } catch {
    return false;
  }
}

export async function handleAdmin<K extends AdminResolverName>(
  name: K,
  payload: unknown,
  context: unknown,
): Promise<AdminEnvelope<AdminOutput<K>>> {
  const accountId = (context as { accountId?: unknown } | undefined)?.accountId;
  if (typeof accountId !== 'string' || !(await isAdmin()))
    return fail('NOT_ADMIN', 'only Jira admins may use the onboarding admin page');
  const contract = adminContracts[name];
  const parsed = contract.input.safeParse(payload ?? {});
  if (!parsed.success) return fail('INVALID_REQUEST', parsed.error.issues.map((i) => i.message).join('; '));
  let named: Promise<Editor> | undefined;
  const caller: Caller = {
    accountId,
    editor: () =>
      (named ??= getUser(userJira(jiraDeps()), accountId).then(
        (u): Editor => (u.displayName ? { accountId, displayName: u.displayName } : { accountId }),
        (): Editor => ({ accountId }),
      )),
  };
  let result: unknown;
  try {
    const handler = handlers[name] as (input: unknown, caller: Caller) => unknown;
    result = await handler(parsed.data, caller);
  } catch (error) {
    if (error instanceof AdminFailure) return fail(error.code, error.message, error.errors);
    if (error instanceof ZodError) return fail('INVALID_REQUEST', error.issues.map((i) => i.message).join('; '));
    return unexpected(name, error instanceof Error ? error.message : String(error));
  }
  const data = contract.output.safeParse(result);
  if (!data.success) return unexpected(name, `the answer breaks its contract: ${data.error.message}`);
  return { ok: true, data: data.data as AdminOutput<K> };
}

/** The message stays in the log (never a secret: the Slack path scrubs its own), the page gets a stable code. */
function unexpected(name: string, message: string): AdminEnvelope<never> {
  console.error(`[onboarding] admin ${name} failed: ${message}`);
  return fail('FAILED', `${name} failed unexpectedly; the log has the details`);
}

const admin = new Resolver();
for (const name of ADMIN_RESOLVER_NAMES)
  admin.define(name, ({ payload, context }) => handleAdmin(name, payload, context));

export const adminResolver = admin.getDefinitions();
