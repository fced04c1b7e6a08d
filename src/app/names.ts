/**
 * Names to ids: playbooks name statuses, fields, request types, organizations and people; the site has ids. Each
 * lookup is remembered for the life of one handler call, and the stable ones (field, service desk, request type and
 * organization ids, transitions) in KVS across calls (src/storage/jira-ids.ts): a warm onboarding reads no names, and
 * a retried intake keeps what the failed attempt read. An id Jira refuses on use is forgotten and read again
 * (`withFreshIds`), so an admin replacing a request type or taking an organization off the desk never leaves the
 * app stuck. People are not kept: an email's account may change hands.
 */
import { z } from 'zod';
import type { JiraClient, KnownTransition, TransitionMemory, TransitionRoute } from '../jira';
import {
  addOrganizationToServiceDesk,
  createOrganization,
  fieldsNamed,
  findOrganizationByName,
  findServiceDeskOrganization,
  getFields,
  findRequestTypesByName,
  findUsersByEmail,
  getServiceDeskByProject,
  isJiraError,
  type JiraField,
} from '../jira';
import { forgetJiraId, recallJiraId, rememberJiraId, type JiraIdKind } from '../storage/jira-ids';
import { AppProblem } from './errors';

const ORGANIZATIONS_FIELD = 'com.atlassian.servicedesk:sd-customer-organizations';
const REQUEST_TYPE_FIELD = 'com.atlassian.servicedesk:vp-origin';

const idSchema = z.string().min(1);
/** `onDesk`: the project's service desk has the organization (found on its list, or added by the app). */
const orgSchema = z.strictObject({ id: z.string().min(1), onDesk: z.boolean() });
const transitionSchema = z.strictObject({
  id: z.string().min(1),
  toStatus: z.string(),
  screenHasResolution: z.boolean(),
  resolutionRequired: z.boolean(),
});

interface StoredRef {
  kind: JiraIdKind;
  parts: string[];
}

/** Jira refused what was sent (400, 404): an id kept from an earlier invocation may no longer be valid. */
const refused = (error: unknown): boolean => isJiraError(error, 'INVALID') || isJiraError(error, 'NOT_FOUND');

export class NameCache {
  private readonly memo = new Map<string, Promise<unknown>>();
  /** Lookups this invocation answered from KVS rather than Jira: the suspects when Jira refuses an edit. */
  private readonly fromStorage = new Map<string, StoredRef>();

  constructor(private readonly jira: JiraClient) {}

  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let hit = this.memo.get(key) as Promise<T> | undefined;
    if (!hit) {
      hit = load();
      this.memo.set(key, hit);
      // A failed lookup is not remembered: the next command may try again.
      hit.catch(() => this.memo.delete(key));
    }
    return hit;
  }

  /** `once`, backed by KVS: an id read from Jira is stored at once, so even an attempt that fails later keeps it. */
  private kept<T>(key: string, ref: StoredRef, schema: z.ZodType<T>, load: () => Promise<T>): Promise<T> {
    return this.once(key, async () => {
      const stored = await recallJiraId(ref.kind, ref.parts, schema);
      if (stored !== undefined) {
        this.fromStorage.set(key, ref);
        return stored;
      }
      const value = await load();
      await rememberJiraId(ref.kind, ref.parts, value);
      return value;
    });
  }

  /**
   * Runs `use` (which looks names up and sends them); when Jira refuses it (400/404) and some id came from KVS,
   * forgets those ids and runs it once more with ids read from Jira now. `use` must be safe to repeat after a
   * refusal (an edit, or a create that Jira refused and so did not make).
   */
  async withFreshIds<T>(use: () => Promise<T>): Promise<T> {
    try {
      return await use();
    } catch (error) {
      if (!refused(error) || this.fromStorage.size === 0) throw error;
      const stale = [...this.fromStorage];
      this.fromStorage.clear();
      for (const [key, ref] of stale) {
        this.memo.delete(key);
        await forgetJiraId(ref.kind, ref.parts);
      }
      return use();
    }
  }

  serviceDeskId(projectKey: string): Promise<string> {
    return this.kept(`sd:${projectKey}`, { kind: 'desk', parts: [projectKey] }, idSchema, async () => {
      const desk = await getServiceDeskByProject(this.jira, projectKey);
      if (!desk) throw new AppProblem('SERVICE_DESK_NOT_FOUND', `project ${projectKey} is not a service desk`);
      return desk.id;
    });
  }

  /** Every field, read once per invocation however many names are looked up (one GET /field answers all). */
  private allFields(): Promise<JiraField[]> {
    return this.once('fields', () => getFields(this.jira));
  }

  /** The field id for a name; with `custom`, only fields of that type (two fields may share a name). */
  fieldId(name: string, custom?: string): Promise<string> {
    const ref = { kind: 'field' as const, parts: [name, custom ?? ''] };
    return this.kept(`field:${name.toLowerCase()}:${custom ?? ''}`, ref, idSchema, async () => {
      const fields = fieldsNamed(await this.allFields(), name);
      const field = fields.find((f) => custom === undefined || f.schema?.custom === custom);
      if (!field) throw new AppProblem('FIELD_NOT_FOUND', `the site has no field named "${name}"`);
      return field.id;
    });
  }

  organizationsFieldId(): Promise<string> {
    return this.fieldId('Organizations', ORGANIZATIONS_FIELD);
  }

  requestTypeFieldId(): Promise<string> {
    return this.fieldId('Request Type', REQUEST_TYPE_FIELD);
  }

  /**
   * The organization's id; created and added to the project's service desk when missing and allowed. The desk's
   * own list is read first: an organization already there (the usual case) needs neither the site-wide search nor
   * addOrganization. Kept with whether the desk has it, so a warm lookup costs no call at all.
   */
  async organizationId(name: string, projectKey: string, createIfMissing: boolean): Promise<number> {
    const key = `org:${projectKey}:${name.trim().toLowerCase()}`;
    const ref = { kind: 'org' as const, parts: [projectKey, name] };
    const org = await this.once(key, async () => {
      const stored = await recallJiraId(ref.kind, ref.parts, orgSchema);
      if (stored && (stored.onDesk || !createIfMissing)) {
        this.fromStorage.set(key, ref);
        return stored;
      }
      const found = createIfMissing ? await this.onDesk(name, projectKey) : await this.existing(name);
      await rememberJiraId(ref.kind, ref.parts, found);
      return found;
    });
    return Number(org.id);
  }

  private async existing(name: string): Promise<z.infer<typeof orgSchema>> {
    const found = await findOrganizationByName(this.jira, name);
    if (!found) throw new AppProblem('ORGANIZATION_NOT_FOUND', `there is no organization named "${name}"`);
    return { id: found.id, onDesk: false };
  }

  private async onDesk(name: string, projectKey: string): Promise<z.infer<typeof orgSchema>> {
    const desk = await this.serviceDeskId(projectKey);
    const there = await findServiceDeskOrganization(this.jira, desk, name);
    if (there) return { id: there.id, onDesk: true };
    const organization = (await findOrganizationByName(this.jira, name)) ?? (await createOrganization(this.jira, name));
    await addOrganizationToServiceDesk(this.jira, desk, organization.id);
    return { id: organization.id, onDesk: true };
  }

  requestTypeId(projectKey: string, name: string): Promise<string> {
    const ref = { kind: 'request-type' as const, parts: [projectKey, name] };
    return this.kept(`rt:${projectKey}:${name.toLowerCase()}`, ref, idSchema, async () => {
      const types = await findRequestTypesByName(this.jira, await this.serviceDeskId(projectKey), name);
      const type = types[0];
      if (!type) throw new AppProblem('REQUEST_TYPE_NOT_FOUND', `${projectKey} has no request type "${name}"`);
      return type.id;
    });
  }

  /** Transitions found earlier, per (project, issue type, from, to), kept in KVS for an hour. */
  readonly transitions: TransitionMemory = {
    recall: (route) => recallJiraId('transition', routeParts(route), transitionSchema),
    remember: (route, transition: KnownTransition) => rememberJiraId('transition', routeParts(route), transition),
    forget: (route) => forgetJiraId('transition', routeParts(route)),
  };

  accountIdByEmail(email: string): Promise<string> {
    return this.once(`user:${email.toLowerCase()}`, async () => {
      const users = await findUsersByEmail(this.jira, email);
      if (users.length === 0) throw new AppProblem('USER_NOT_FOUND', `no active user has the email ${email}`);
      if (users.length > 1) throw new AppProblem('USER_AMBIGUOUS', `several users match the email ${email}`);
      return (users[0] as { accountId: string }).accountId;
    });
  }
}

const routeParts = (r: TransitionRoute): string[] => [r.project, r.issueType, r.from, r.to];
