/** A run: one playbook applied to one ticket. Serialisable and small, parsed with zod when read back from storage. */
import { z } from 'zod';
import { personSchema } from '../people';

const iso = z.iso.datetime({ offset: true });

export const answerSchema = z.strictObject({
  decision: z.enum(['approve', 'decline']),
  byAccountId: z.string(),
  byName: z.string().optional(),
  channel: z.enum(['comment', 'panel', 'duplicateTicket']),
  at: iso,
  note: z.string().optional(),
  ticketKey: z.string().optional(),
});
export type Answer = z.infer<typeof answerSchema>;

export const approvalStateSchema = z.strictObject({
  askedAt: iso,
  /** Account ids that may answer: the approver, then the fallback. */
  approverAccountId: z.string(),
  fallbackAccountId: z.string().optional(),
  /** Texts that identify the run in an answer email without the ticket key (the key itself, the installer...). */
  identifiers: z.array(z.string()),
  chases: z.array(iso),
  escalatedAt: iso.optional(),
  nextChaseAt: iso.optional(),
  answer: answerSchema.optional(),
});
export type ApprovalState = z.infer<typeof approvalStateSchema>;

const byWhom = {
  byAccountId: z.string(),
  byName: z.string().optional(),
  at: iso,
  note: z.string().optional(),
};

/** A task marked done, or a decision recorded, in the panel. */
export const completionSchema = z.strictObject({ ...byWhom, value: z.string().optional() });
export type Completion = z.infer<typeof completionSchema>;

export const signoffRecordSchema = z.strictObject({
  ...byWhom,
  /** panel: by a person of the party's roles; reporterComment: the reporter's own comment; recorded: by an agent with evidence. */
  how: z.enum(['panel', 'reporterComment', 'recorded', 'waived']),
  commentId: z.string().optional(),
});
export type SignoffRecord = z.infer<typeof signoffRecordSchema>;

export const slaRecordSchema = z.strictObject({
  state: z.enum(['ok', 'at-risk', 'breached']),
  dueAt: iso,
  warnAt: iso,
  breachedAt: iso.optional(),
  /** The step is done: the state no longer changes. */
  final: z.boolean().optional(),
});
export type SlaRecord = z.infer<typeof slaRecordSchema>;

/** One change of a step's schedule: a date moved (chosen, or following another step) or a recurrence changed. */
export const rescheduleSchema = z.strictObject({
  ...byWhom,
  kind: z.enum(['defer', 'recurrence']),
  /** defer: the due dates before and after; recurrence: the RRULEs. */
  from: z.string().optional(),
  to: z.string(),
  /** defer: 'chosen' for the step the agent moved, else the id of the step it moved with. */
  because: z.string().optional(),
});
export type Reschedule = z.infer<typeof rescheduleSchema>;

export const stepStateSchema = z.strictObject({
  status: z.enum(['pending', 'active', 'done', 'declined', 'blocked']),
  startedAt: iso.optional(),
  doneAt: iso.optional(),
  dueAt: iso.optional(),
  /** Wait steps: when the wait counts as overdue (timeout), or when a time wait is over. */
  timeoutAt: iso.optional(),
  timedOut: z.boolean().optional(),
  waitUntil: iso.optional(),
  approval: approvalStateSchema.optional(),
  /** The step's condition was false: done without doing anything. */
  skipped: z.boolean().optional(),
  completion: completionSchema.optional(),
  signoffs: z.record(z.string(), signoffRecordSchema).optional(),
  sla: slaRecordSchema.optional(),
  /** Task checklists: the ids of the items ticked. */
  checked: z.array(z.string()).optional(),
  /** Review steps: every problem flagged, with its reason (the reviewed task went back to its owner). */
  flags: z.array(z.strictObject({ ...byWhom, reason: z.string() })).optional(),
  /** Recurring steps: every planned occurrence, and how many of them are behind us. */
  occurrences: z.array(iso).optional(),
  occurrencesDone: z.int().optional(),
  /** Date steps: the date accepted for the field (YYYY-MM-DD). */
  date: z.string().optional(),
  /** Deferred (panel `defer`, or moved with a deferred step): the date the step is due instead of its rule's. */
  dueOverride: iso.optional(),
  /** Recurring steps: the RRULE an agent set instead of the playbook's (panel `changeRecurrence`). */
  rruleOverride: z.string().optional(),
  /** Every deferral and recurrence change of this step, oldest first. */
  reschedules: z.array(rescheduleSchema).optional(),
});
export type StepState = z.infer<typeof stepStateSchema>;

export const trackedIssueSchema = z.strictObject({
  key: z.string(),
  project: z.string(),
  linkType: z.string().optional(),
  status: z.string().optional(),
  fields: z.record(z.string(), z.string()).default({}),
});
export type TrackedIssue = z.infer<typeof trackedIssueSchema>;

export const attentionSchema = z.strictObject({
  code: z.string(),
  message: z.string(),
  stepId: z.string().optional(),
  at: iso,
});
export type Attention = z.infer<typeof attentionSchema>;

export const runSchema = z.strictObject({
  id: z.string(),
  issueKey: z.string(),
  issueId: z.string().optional(),
  playbookId: z.string(),
  playbookVersion: z.int(),
  /** Playbooks with flows: the flow this run follows (only its steps are in `steps`). */
  flow: z.string().optional(),
  state: z.enum(['active', 'completed', 'cancelled']),
  /** What the run is at, for people: the active step ids, 'intake' while blocked there, or 'done'. */
  stage: z.string(),
  startedAt: iso,
  updatedAt: iso,
  variables: z.record(z.string(), z.union([z.string(), z.boolean()])),
  roles: z.record(z.string(), personSchema),
  steps: z.record(z.string(), stepStateSchema),
  /** What the run knows of its own ticket and of tickets linked to it (from events, never fetched). */
  issue: z.strictObject({
    summary: z.string(),
    status: z.string().optional(),
    fields: z.record(z.string(), z.string()).default({}),
    /** Who raised the request: their own comment may count as a sign-off. */
    reporter: z
      .strictObject({
        accountId: z.string().optional(),
        email: z.string().optional(),
        displayName: z.string().optional(),
      })
      .optional(),
  }),
  links: z.array(trackedIssueSchema),
  attention: z.array(attentionSchema),
  /** People of this run the shell found unable to answer (by account id): they are not asked or chased again. */
  unavailable: z.record(z.string(), z.strictObject({ reason: z.string(), at: iso })).optional(),
  nextDueAt: iso.optional(),
});
export type Run = z.infer<typeof runSchema>;

export function needsAttention(run: Run): boolean {
  return run.attention.length > 0;
}
