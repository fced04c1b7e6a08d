/** What the shell tells the engine happened. Ids are stable (Forge event id, changelog id, comment id...). */
import { z } from 'zod';

/** What a person can do on a run from the panel (or an Automation action); the resolver contract reuses it. */
export const PANEL_ACTIONS = [
  'approve',
  'decline',
  'customerCommunicationNeeded',
  'cancel',
  'startByHand',
  'completeStep',
  'decide',
  'signOff',
  'waive',
  'checkItem',
  'flag',
  'setDate',
  'defer',
  'changeRecurrence',
] as const;

const who = z.strictObject({
  accountId: z.string().optional(),
  email: z.string().optional(),
  displayName: z.string().optional(),
});

export const issueSnapshotSchema = z.strictObject({
  id: z.string().optional(),
  key: z.string(),
  project: z.string(),
  issueType: z.string().optional(),
  requestType: z.string().optional(),
  summary: z.string(),
  /** ADF as Jira stores it, or the plain / HTML-remnant text of an email. */
  description: z.unknown(),
  reporter: who.optional(),
  status: z.string().optional(),
  /** Other fields the shell read, by field name, as text (a select's option, a date as YYYY-MM-DD). */
  fields: z.record(z.string(), z.string()).optional(),
});
export type IssueSnapshot = z.infer<typeof issueSnapshotSchema>;

const base = {
  id: z.string().min(1),
  /** Who caused it; the app's own account means the app caused it (the hop guard ignores it). */
  actorAccountId: z.string().optional(),
};

export const engineEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('ticketCreated'), issue: issueSnapshotSchema }),
  z.strictObject({
    ...base,
    type: z.literal('ticketUpdated'),
    /** The run's own ticket or a ticket linked to it. */
    issue: z.strictObject({ key: z.string(), project: z.string() }),
    items: z.array(
      z.strictObject({ field: z.string(), from: z.string().nullable().optional(), to: z.string().nullable() }),
    ),
  }),
  z.strictObject({
    ...base,
    type: z.literal('commentAdded'),
    issueKey: z.string(),
    author: who,
    text: z.string(),
    visibility: z.enum(['public', 'internal']),
  }),
  z.strictObject({
    ...base,
    type: z.literal('linkCreated'),
    other: z.strictObject({ key: z.string(), project: z.string(), status: z.string().optional() }),
    linkType: z.string(),
    direction: z.enum(['inward', 'outward']),
  }),
  z.strictObject({
    ...base,
    type: z.literal('answerTicket'),
    ticket: issueSnapshotSchema,
    /** When matchAnswerTicket found several runs: all their ids. The engine then guesses nothing. */
    ambiguousWith: z.array(z.string()).default([]),
  }),
  z.strictObject({ ...base, type: z.literal('timePassed') }),
  /** The shell found that someone of the run cannot answer (Jira account deactivated or gone): no more chasing them. */
  z.strictObject({
    ...base,
    type: z.literal('approverUnavailable'),
    accountId: z.string().min(1),
    /** Why, in words for the ticket (e.g. 'their Jira account is deactivated'). */
    reason: z.string().min(1).max(300),
  }),
  z.strictObject({
    ...base,
    type: z.literal('panelAction'),
    action: z.enum(PANEL_ACTIONS),
    actor: z.strictObject({ accountId: z.string(), displayName: z.string().optional() }),
    note: z.string().max(2000).optional(),
    /** startByHand: the ticket to start on. */
    issue: issueSnapshotSchema.optional(),
    /** completeStep, decide, signOff, waive: the step acted on. */
    stepId: z.string().optional(),
    /** signOff, waive: the party of a sign-off step. */
    party: z.string().optional(),
    /** decide: the chosen option's value; setDate: the date (YYYY-MM-DD); startByHand: the flow to start. */
    value: z.string().optional(),
    /** checkItem: the checklist item's id. */
    item: z.string().optional(),
    /** defer: the chosen date (the step keeps its time of day, in the playbook calendar's zone). */
    date: z.iso.date().optional(),
    /** changeRecurrence: the new RRULE, without DTSTART (e.g. 'FREQ=WEEKLY;INTERVAL=2'). */
    rrule: z.string().max(500).optional(),
  }),
]);
export type EngineEvent = z.infer<typeof engineEventSchema>;
export type EngineEventInput = z.input<typeof engineEventSchema>;
