/**
 * Open runs seeded cheaply for the tick bench: one real S1 run (asked for its approval, so its chase is due in 24 h)
 * is copied onto new SS tickets: each ticket is created with its run-summary property by the site's own issue code
 * (its events held back, as if the tickets existed before the bench started: the app sees only the tick, and
 * 10,000 runs seed in seconds), the run saved through the app's storage. A share of the copies is due with the
 * original, the rest in 30 days.
 */
import { createIssue } from '../../local/site/issues-core';
import type { Driver } from './driver';
import { PEOPLE, S1_EMAIL } from './s1-onboarding';

const ADMIN = '712020:site-admin';

export interface Seeded {
  open: number;
  due: number;
  dueAt: string;
}

export async function seedOpenRuns(d: Driver, open: number, dueShare = 0.01): Promise<Seeded> {
  await d.reset();
  await d.email(PEOPLE.bob, 'EverBright Partner Onboarding', S1_EMAIL);
  await d.moveTo('CS-1', 'On Hold', PEOPLE.chris);
  const storage = await import('../../src/storage');
  const { propertyValue, summaryOf } = await import('../../src/app/summary');
  const template = await storage.loadRunRecord('SS-1');
  const dueAt = template?.run.nextDueAt;
  if (!template || dueAt === undefined) throw new Error('the S1 run is not waiting for its approval');
  const later = new Date(Date.parse(dueAt) + 30 * 86_400_000).toISOString();
  const due = Math.round(open * dueShare);
  const store = d.stack.site.store;
  const project = store.project('SS');
  if (!project) throw new Error('the site has no SS project');
  const emit = store.emit.bind(store);
  store.emit = (event) => ({ ...event, id: 'held-back', at: store.now() });
  try {
    // SS-1 is open and due: the copies make up the rest.
    for (let i = 1; i < open; i += 1) {
      const nextDueAt = i < due ? dueAt : later;
      const draft = { ...template.run, id: `${template.run.id}-copy-${i}`, nextDueAt };
      const issue = createIssue(store, ADMIN, project, {
        fields: { issuetype: { name: 'Service Request' }, summary: `Seeded open run ${i}` },
        properties: [{ key: 'onboarding-run', value: propertyValue(summaryOf(draft)) }],
      });
      const run = { ...draft, issueKey: issue.key };
      await storage.saveRunRecord({ run, mirrored: summaryOf(run) });
    }
  } finally {
    store.emit = emit;
  }
  await d.settle();
  return { open, due, dueAt };
}
