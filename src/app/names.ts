/**
 * Names to ids, once per invocation: playbooks name statuses, fields, request types, organizations and people; the
 * site has ids. Each lookup is cached for the life of one handler call, so N commands cost one lookup per name.
 */
import type { JiraClient } from '../jira';
import {
  addOrganizationToServiceDesk,
  createOrganization,
  fieldsNamed,
  findOrganizationByName,
  getFields,
  findRequestTypesByName,
  findUsersByEmail,
  getServiceDeskByProject,
  type JiraField,
} from '../jira';
import { AppProblem } from './errors';

const ORGANIZATIONS_FIELD = 'com.atlassian.servicedesk:sd-customer-organizations';
const REQUEST_TYPE_FIELD = 'com.atlassian.servicedesk:vp-origin';

export class NameCache {
  private readonly memo = new Map<string, Promise<unknown>>();

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

  serviceDeskId(projectKey: string): Promise<string> {
    return this.once(`sd:${projectKey}`, async () => {
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
    return this.once(`field:${name.toLowerCase()}:${custom ?? ''}`, async () => {
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
   * The organization's id; created and added to the project's service desk when missing and allowed. The name is
   * looked up while the desk id is (neither needs the other), so this costs one round trip less than in turn.
   */
  organizationId(name: string, projectKey: string, createIfMissing: boolean): Promise<number> {
    return this.once(`org:${projectKey}:${name.trim().toLowerCase()}`, async () => {
      const [desk, found] = await Promise.all([
        createIfMissing ? this.serviceDeskId(projectKey) : undefined,
        findOrganizationByName(this.jira, name),
      ]);
      if (desk === undefined) {
        if (!found) throw new AppProblem('ORGANIZATION_NOT_FOUND', `there is no organization named "${name}"`);
        return Number(found.id);
      }
      const organization = found ?? (await createOrganization(this.jira, name));
      // Adding one the desk already has is a no-op on Jira's side; only the desk's own list could tell it apart.
      await addOrganizationToServiceDesk(this.jira, desk, organization.id);
      return Number(organization.id);
    });
  }

  requestTypeId(projectKey: string, name: string): Promise<string> {
    return this.once(`rt:${projectKey}:${name.toLowerCase()}`, async () => {
      const types = await findRequestTypesByName(this.jira, await this.serviceDeskId(projectKey), name);
      const type = types[0];
      if (!type) throw new AppProblem('REQUEST_TYPE_NOT_FOUND', `${projectKey} has no request type "${name}"`);
      return type.id;
    });
  }

  accountIdByEmail(email: string): Promise<string> {
    return this.once(`user:${email.toLowerCase()}`, async () => {
      const users = await findUsersByEmail(this.jira, email);
      if (users.length === 0) throw new AppProblem('USER_NOT_FOUND', `no active user has the email ${email}`);
      if (users.length > 1) throw new AppProblem('USER_AMBIGUOUS', `several users match the email ${email}`);
      return (users[0] as { accountId: string }).accountId;
    });
  }
}
