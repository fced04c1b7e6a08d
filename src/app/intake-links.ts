/**
 * Links a new ticket already had when a retried intake finally started its run. The app hears of a link by its
 * event, matched to a run through the run's stored record; an intake retried through the queue (a 429 after its
 * first writes) saves the run only on the attempt that succeeds, and a link made in between (S1's CS ticket, which
 * Jira Automation creates once the intake set the fields) reached no run and was dropped. So after a queue retry of
 * a created event, each link the run does not know is told to it as its event would have been, with the same event
 * id. Only after queue retries, whose window is long (Jira's Retry-After): the app's own links, which its events
 * never report, could otherwise reach a run (no built-in playbook links at intake).
 */
import { z } from 'zod';
import type { EngineEvent } from '../domain/engine';
import { getIssue } from '../jira';
import { loadRunRecord } from '../storage';
import { applyToIssueRun, type Applied } from './apply';
import type { Invocation } from './context';
import { projectOf } from './issue-keys';

const linkedIssueSchema = z.looseObject({
  key: z.string(),
  fields: z.looseObject({ status: z.looseObject({ name: z.string() }).nullish() }).nullish(),
});
/** One entry of the `issuelinks` field: the other ticket is `outwardIssue` when this one is the link's source. */
const issueLinkSchema = z.looseObject({
  id: z.string(),
  type: z.looseObject({ name: z.string() }),
  inwardIssue: linkedIssueSchema.optional(),
  outwardIssue: linkedIssueSchema.optional(),
});

export type LinkEvent = Extract<EngineEvent, { type: 'linkCreated' }>;

/** The `issuelinks` field as the link events the app would have received; entries it cannot read are left out. */
export function linkEventsOf(issuelinks: unknown): LinkEvent[] {
  if (!Array.isArray(issuelinks)) return [];
  return issuelinks.flatMap((raw): LinkEvent[] => {
    const link = issueLinkSchema.safeParse(raw);
    if (!link.success) return [];
    const { outwardIssue, inwardIssue } = link.data;
    const other = outwardIssue ?? inwardIssue;
    if (!other) return [];
    const status = other.fields?.status?.name;
    return [
      {
        id: `link:${link.data.id}`,
        type: 'linkCreated',
        other: { key: other.key, project: projectOf(other.key), ...(status === undefined ? {} : { status }) },
        linkType: link.data.type.name,
        direction: outwardIssue ? 'outward' : 'inward',
      },
    ];
  });
}

/**
 * After a queue retry of a ticket's created event: tells its run about links it does not know yet (one read of the
 * ticket's links; nothing when the ticket has no run). The run knowing a link already makes a repeat a no-op.
 */
export async function catchUpLinks(inv: Invocation, issueKey: string): Promise<Applied[]> {
  const record = await loadRunRecord(issueKey);
  if (!record) return [];
  const issue = await getIssue(inv.jira, { issueIdOrKey: issueKey, fields: ['issuelinks'] });
  const known = new Set(record.run.links.map((l) => l.key));
  const out: Applied[] = [];
  for (const event of linkEventsOf(issue.fields.issuelinks).filter((e) => !known.has(e.other.key))) {
    const applied = await applyToIssueRun(inv, issueKey, event);
    if (applied) out.push(applied);
  }
  return out;
}
