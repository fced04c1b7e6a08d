// Custom field values: what the API accepts, how the site stores them, how they read back and show in changelogs.
import { JiraError, fieldError } from './http';
import type { CustomField, Issue } from './model';
import type { Store } from './store';

/** Stored forms: option -> option id; date -> "YYYY-MM-DD"; organizations -> ids; users -> account ids. */
export function parseCustomValue(store: Store, issue: Issue | null, projectKey: string, f: CustomField, v: unknown) {
  if (v === null || v === undefined) return null;
  switch (f.kind) {
    case 'option': {
      const o = v as { value?: unknown; id?: unknown };
      const option = f.options?.find((x) => x.value === o.value || x.id === o.id);
      if (!option) throw fieldError(f.id, `Specify a valid value for ${f.name}`);
      return option.id;
    }
    case 'date':
      if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))
        throw fieldError(f.id, `Please enter a valid date for ${f.name}.`);
      return v;
    case 'string':
    case 'text':
      if (typeof v !== 'string') throw fieldError(f.id, `Operation value must be a string`);
      if (f.kind === 'string' && v.length > 255) throw fieldError(f.id, 'The entered text is too long.');
      return v;
    case 'number':
      if (typeof v !== 'number') throw fieldError(f.id, 'Operation value must be a number');
      return v;
    case 'organizations':
      return parseOrganizations(store, projectKey, f, v);
    case 'users':
      if (!Array.isArray(v)) throw fieldError(f.id, 'Operation value must be an array of users');
      return v.map((u: { accountId?: string }) => {
        if (!store.user(u.accountId)) throw fieldError(f.id, `User '${u.accountId}' does not exist.`);
        return u.accountId as string;
      });
    case 'requesttype':
      return parseRequestType(store, issue, projectKey, f, v);
  }
}

function parseOrganizations(store: Store, projectKey: string, f: CustomField, v: unknown): string[] {
  if (!Array.isArray(v)) throw fieldError(f.id, 'Operation value must be an array');
  const project = store.project(projectKey);
  const desk = project && store.serviceDeskOf(project);
  return v.map((x: unknown) => {
    const id = String(typeof x === 'object' && x ? (x as { id?: unknown }).id : x);
    const org = store.data.organizations.find((o) => o.id === id);
    if (!org || !desk?.organizationIds.includes(id))
      throw fieldError(f.id, `Organization with id '${id}' does not exist or is not associated with this project.`);
    return id;
  });
}

function parseRequestType(store: Store, issue: Issue | null, projectKey: string, f: CustomField, v: unknown) {
  if (typeof v !== 'string') throw fieldError(f.id, 'Request type value must be a string: the request type key.');
  const project = store.project(projectKey);
  const rt = store.data.requestTypes.find(
    (r) => r.serviceDeskId === project?.serviceDeskId && (r.key === v || r.id === v),
  );
  if (!rt) throw fieldError(f.id, `The request type '${v}' does not exist in this service project.`);
  if (issue && rt.issueTypeId !== issue.issueTypeId)
    throw fieldError(f.id, 'The request type you selected is not valid for the issue type of this request.');
  return rt.id;
}

export function renderCustomValue(store: Store, issue: Issue, f: CustomField, baseUrl: string): unknown {
  const v = issue.custom[f.id];
  if (v === null || v === undefined) return null;
  switch (f.kind) {
    case 'option': {
      const o = f.options?.find((x) => x.id === v);
      return o ? { self: `${baseUrl}/rest/api/3/customFieldOption/${o.id}`, value: o.value, id: o.id } : null;
    }
    case 'organizations':
      return (v as string[]).map((id) => ({
        id,
        name: store.data.organizations.find((o) => o.id === id)?.name ?? '',
        _links: { self: `${baseUrl}/rest/servicedeskapi/organization/${id}` },
      }));
    case 'users':
      return (v as string[]).map((id) => userRef(store, id, baseUrl));
    case 'requesttype': {
      const rt = store.data.requestTypes.find((r) => r.id === v);
      const status = store.workflowOf(issue).statuses.find((s) => s.id === issue.statusId);
      return rt
        ? {
            _links: { self: `${baseUrl}/rest/servicedeskapi/request/${issue.id}` },
            requestType: {
              id: rt.id,
              name: rt.name,
              description: rt.description,
              issueTypeId: rt.issueTypeId,
              serviceDeskId: rt.serviceDeskId,
            },
            currentStatus: { status: status?.name, statusCategory: categoryName(status?.category) },
          }
        : null;
    }
    default:
      return v;
  }
}

export function displayCustomValue(store: Store, f: CustomField, v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (f.kind === 'option') return f.options?.find((o) => o.id === v)?.value ?? null;
  if (f.kind === 'organizations')
    return (v as string[]).map((id) => store.data.organizations.find((o) => o.id === id)?.name).join(', ');
  if (f.kind === 'users') return (v as string[]).map((id) => store.user(id)?.displayName).join(', ');
  if (f.kind === 'requesttype') return store.data.requestTypes.find((r) => r.id === v)?.name ?? null;
  return str(v);
}

export function categoryName(c: string | undefined): string {
  return c === 'done' ? 'DONE' : c === 'new' ? 'NEW' : 'INDETERMINATE';
}

export function userRef(store: Store, accountId: string, baseUrl: string) {
  const u = store.user(accountId);
  if (!u) throw new JiraError(500, [`unknown user ${accountId}`]);
  return {
    self: `${baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(u.accountId)}`,
    accountId: u.accountId,
    accountType: u.accountType,
    ...(u.emailAddress ? { emailAddress: u.emailAddress } : {}),
    displayName: u.displayName,
    active: u.active,
    timeZone: u.timeZone,
    avatarUrls: {
      '16x16': `${baseUrl}/avatar/${u.accountId}?s=16`,
      '24x24': `${baseUrl}/avatar/${u.accountId}?s=24`,
      '32x32': `${baseUrl}/avatar/${u.accountId}?s=32`,
      '48x48': `${baseUrl}/avatar/${u.accountId}?s=48`,
    },
  };
}

/** A stored value as changelog text. */
export function str(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}
