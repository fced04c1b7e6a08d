// The site's own Jira Automation rule of S1: when "Needs Configuration?" becomes "Integrated Finance", create a
// ticket in CS and link it. Runs after the request that made the change, as Automation for Jira.
import type { SiteEvent } from '../contracts';
import { createIssue } from './issues-core';
import { createLink } from './links-core';
import { FIELDS } from './seed';
import { USERS } from './seed-users';
import type { Store } from './store';

const INTEGRATED_FINANCE = '10100';

export class AutomationRule {
  private pending: string[] = [];

  constructor(
    private readonly store: Store,
    private readonly enabled: () => boolean,
  ) {}

  observe(event: SiteEvent): void {
    if (!this.enabled() || event.type !== 'avi:jira:updated:issue' || !event.issueId) return;
    const hit = event.changelog?.items.some(
      (i) => i.fieldId === FIELDS.needsConfiguration && i.to === INTEGRATED_FINANCE,
    );
    if (hit) this.pending.push(event.issueId);
  }

  run(): void {
    while (this.pending.length > 0) {
      const id = this.pending.shift() as string;
      const source = this.store.data.issues.find((i) => i.id === id);
      const cs = this.store.project('CS');
      const relates = this.store.data.linkTypes.find((t) => t.name === 'Relates');
      if (!source || !cs || !relates) continue;
      const ticket = createIssue(this.store, USERS.automation, cs, {
        fields: {
          issuetype: { name: 'Task' },
          summary: `Integrated Finance configuration for ${source.key}: ${source.summary}`.slice(0, 255),
        },
      });
      createLink(this.store, USERS.automation, relates, source.id, ticket.id);
    }
  }
}
