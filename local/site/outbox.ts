// The customer notifications JSM would email, recorded instead of sent.
import type { Issue, OutboxMessage } from './model';
import type { Store } from './store';

export function notifyCustomers(
  store: Store,
  issue: Issue,
  accountIds: string[],
  kind: OutboxMessage['kind'],
  subject: string,
  text: string,
): void {
  for (const id of new Set(accountIds)) {
    const user = store.user(id);
    if (!user?.emailAddress || user.accountType === 'app') continue;
    store.data.outbox.push({
      n: store.data.outbox.length + 1,
      at: store.now(),
      to: user.emailAddress,
      toAccountId: id,
      issueKey: issue.key,
      kind,
      subject,
      text,
    });
  }
}
