// JSM's email channel: a new email opens a request, a reply with the ticket key in the subject comments on it.
import { z } from 'zod';
import { htmlToAdf } from './adf';
import { addComment } from './comments-core';
import { createIssue, editIssue } from './issues-core';
import type { Issue, ServiceDesk, SiteUser } from './model';
import { notifyCustomers } from './outbox';
import { FIELDS } from './seed';
import type { Store } from './store';

export const InboundEmailSchema = z.object({
  from: z.string().email(),
  subject: z.string(),
  body: z.string(),
  cc: z.array(z.string().email()).optional(),
  /** Which service desk's address it was sent to. Default: the SS desk. */
  to: z.string().email().optional(),
});

export type InboundEmail = z.infer<typeof InboundEmailSchema>;

/** Unknown senders become portal customers of the desk, as JSM's "anyone can email" setting does. */
export function customerFor(store: Store, email: string, desk: ServiceDesk): SiteUser {
  let user = store.userByEmail(email);
  if (!user) {
    const local = email.split('@')[0] ?? email;
    user = {
      accountId: `qm:customer:${store.nextId()}`,
      displayName: local,
      emailAddress: email.toLowerCase(),
      accountType: 'customer',
      active: true,
      timeZone: 'UTC',
      locale: 'en_US',
      admin: false,
    };
    store.data.users.push(user);
  }
  if (user.accountType === 'customer' && !desk.customerIds.includes(user.accountId))
    desk.customerIds.push(user.accountId);
  return user;
}

export function receiveEmail(store: Store, input: InboundEmail): { key: string; created: boolean } {
  const email = InboundEmailSchema.parse(input);
  const desk =
    store.data.serviceDesks.find((d) => d.emailAddress === email.to?.toLowerCase()) ?? store.data.serviceDesks[0];
  const project = desk && store.project(desk.projectKey);
  if (!desk || !project) throw new Error(`No service desk receives mail at ${email.to ?? 'the default address'}`);
  const sender = customerFor(store, email.from, desk);
  const cc = (email.cc ?? [])
    .filter((a) => a.toLowerCase() !== desk.emailAddress)
    .map((a) => customerFor(store, a, desk).accountId)
    .filter((id) => id !== sender.accountId);
  const existing = findKey(store, project.key, email.subject);
  if (existing) {
    const added = cc.filter((id) => !existing.participants.includes(id) && id !== existing.reporter);
    if (added.length > 0)
      editIssue(store, existing, sender.accountId, {
        fields: { [FIELDS.participants]: [...existing.participants, ...added].map((accountId) => ({ accountId })) },
      });
    addComment(store, existing, sender.accountId, htmlToAdf(email.body));
    return { key: existing.key, created: false };
  }
  const rt = store.data.requestTypes.find((r) => r.id === desk.emailRequestTypeId);
  const issue = createIssue(store, sender.accountId, project, {
    fields: {
      issuetype: { id: rt?.issueTypeId },
      summary: email.subject.trim().slice(0, 255) || '(no subject)',
      description: htmlToAdf(email.body),
      [FIELDS.requestType]: rt?.id,
      ...(cc.length > 0 ? { [FIELDS.participants]: cc.map((accountId) => ({ accountId })) } : {}),
    },
  });
  notifyCustomers(
    store,
    issue,
    [sender.accountId],
    'request-created',
    `[${issue.key}] ${issue.summary}`,
    'Your request has been received.',
  );
  return { key: issue.key, created: true };
}

function findKey(store: Store, projectKey: string, subject: string): Issue | undefined {
  for (const m of subject.toUpperCase().matchAll(/\b([A-Z][A-Z0-9_]+-\d+)\b/g)) {
    const issue = store.issue(m[1] ?? '');
    if (issue?.projectKey === projectKey) return issue;
  }
  return undefined;
}
