/** Which playbook a new ticket starts, and whether a new ticket is really an answer to a pending approval. */
import { adfToText } from '../intake';
import type { Directory } from '../people';
import { candidatesForRole, findPerson } from '../people';
import type { Playbook } from '../playbook';
import { compileSummaryRegex } from '../playbook';
import type { IssueSnapshot } from './events';
import { noFlowReason } from './flows';
import type { Run } from './model';
import type { TraceEntry } from './session';
import { names } from './words';

export type PlaybookMatch =
  { kind: 'match'; playbook: Playbook; trace: TraceEntry[] } | { kind: 'none'; trace: TraceEntry[] };

const same = (a: string | undefined, b: string): boolean => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

function whyNot(pb: Playbook, t: IssueSnapshot, dir: Directory): string | undefined {
  const m = pb.match;
  if (!pb.enabled) return 'the playbook is disabled';
  if (!same(t.project, m.project)) return `project ${t.project} is not ${m.project}`;
  if (m.requestType !== undefined && !same(t.requestType, m.requestType)) return `request type is not ${m.requestType}`;
  if (m.issueType !== undefined && !same(t.issueType, m.issueType)) return `issue type is not ${m.issueType}`;
  const subject = t.summary.trim().toLowerCase();
  const prefix = m.exclude.subjectPrefixes.find((p) => subject.startsWith(p.toLowerCase()));
  if (prefix !== undefined) return `the subject starts with "${prefix}" (a reply or forward)`;
  for (const role of m.exclude.senderRoles) {
    const sender = t.reporter ?? {};
    const hit = candidatesForRole(pb.roles[role], dir).find(
      (p) =>
        (sender.accountId !== undefined && p.accountId === sender.accountId) ||
        (sender.email !== undefined && same(p.email, sender.email)),
    );
    if (hit) return `the sender ${hit.displayName} holds role ${role}`;
  }
  if (m.summary && 'contains' in m.summary && !subject.includes(m.summary.contains.toLowerCase()))
    return `the summary does not contain "${m.summary.contains}"`;
  if (m.summary && 'regex' in m.summary) {
    const re = compileSummaryRegex(m.summary.regex, m.summary.ignoreCase);
    if (!re?.test(t.summary)) return `the summary does not match /${m.summary.regex}/`;
  }
  return noFlowReason(pb, t);
}

/** The first enabled playbook whose match fits and whose exclusions do not; the trace says why each did or not. */
export function matchPlaybook(
  playbooks: readonly Playbook[],
  ticket: IssueSnapshot,
  directory: Directory,
): PlaybookMatch {
  const trace: TraceEntry[] = [];
  for (const pb of playbooks) {
    const reason = whyNot(pb, ticket, directory);
    if (reason === undefined) {
      trace.push({ code: 'match.matched', message: `${ticket.key} starts ${pb.id}` });
      return { kind: 'match', playbook: pb, trace };
    }
    trace.push({ code: 'match.skipped', message: `${pb.id}: ${reason}` });
  }
  return { kind: 'none', trace };
}

export type AnswerTicketMatch =
  { kind: 'answer'; runId: string } | { kind: 'ambiguous'; runIds: string[] } | { kind: 'none' };

/**
 * Checked before any playbook may match a new ticket: the sender holds a pending approval (as approver or fallback)
 * and the text names that run's ticket key or one of its identifiers (e.g. the installer). Several runs: ambiguous.
 */
export function matchAnswerTicket(
  ticket: IssueSnapshot,
  pendingRuns: readonly Run[],
  directory: Directory,
): AnswerTicketMatch {
  const sender = ticket.reporter ?? {};
  const person = findPerson(directory, sender);
  const ids = new Set([sender.accountId, person?.accountId].filter((x): x is string => x !== undefined));
  const text = `${ticket.summary}\n${adfToText(ticket.description)}`;
  const runIds = pendingRuns
    .filter((run) => run.state === 'active' && run.issueKey !== ticket.key)
    .filter((run) =>
      Object.values(run.steps).some((st) => {
        const a = st.approval;
        if (st.status !== 'active' || !a || a.answer) return false;
        const mayAnswer =
          ids.has(a.approverAccountId) || (a.fallbackAccountId !== undefined && ids.has(a.fallbackAccountId));
        return mayAnswer && a.identifiers.some((id) => names(text, id));
      }),
    )
    .map((run) => run.id);
  if (runIds.length === 1 && runIds[0] !== undefined) return { kind: 'answer', runId: runIds[0] };
  return runIds.length > 1 ? { kind: 'ambiguous', runIds } : { kind: 'none' };
}
