/**
 * Resolver contracts between the Custom UI pages (static/) and the resolvers (src/forge): zod schemas are the
 * types. Every resolver answers an envelope: { ok: true, data } or { ok: false, error: { code, message } }.
 */
import { z } from 'zod';
import { PANEL_ACTIONS } from '../domain/engine/events';

export const panelActionSchema = z.enum(PANEL_ACTIONS);
export type PanelAction = z.infer<typeof panelActionSchema>;

type TargetField = 'stepId' | 'party' | 'value' | 'item' | 'date' | 'rrule';
/** The fields each step action needs besides the action itself; the engine checks they name a real step. */
const requiredFields: Readonly<Record<string, readonly TargetField[]>> = {
  completeStep: ['stepId'],
  decide: ['stepId', 'value'],
  signOff: ['stepId', 'party'],
  waive: ['stepId', 'party'],
  checkItem: ['stepId', 'item'],
  flag: ['stepId'],
  defer: ['stepId', 'date'],
  changeRecurrence: ['stepId', 'rrule'],
  setDate: ['stepId', 'value'],
};
const field = (name: string) =>
  z.string().trim().min(1, `${name} must not be blank`).max(200, `${name} is too long`).optional();
/** A calendar day as the date input gives it; the engine places it on the playbook's calendar. */
const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');

export const panelRequests = {
  getRun: z.strictObject({ issueKey: z.string().min(1) }),
  act: z
    .strictObject({
      issueKey: z.string().min(1),
      action: panelActionSchema,
      /** Chosen by the page once per click: a double click or a retried invoke applies the action once. */
      requestId: z.string().min(1).max(100),
      note: z.string().max(2000).optional(),
      /** completeStep, decide, signOff, waive, checkItem, flag: the step acted on. */
      stepId: field('stepId'),
      /** signOff, waive: the sign-off party. */
      party: field('party'),
      /** decide: the chosen option's value. */
      value: field('value'),
      /** checkItem: the checklist item's id. */
      item: field('item'),
      /** startByHand: the playbook to start, whatever its match says (none: the one that matches the ticket). */
      playbookId: field('playbookId'),
      /** defer: the day the step moves to. */
      date: daySchema.optional(),
      /** changeRecurrence: the new RRULE (e.g. FREQ=WEEKLY;BYDAY=MO). */
      rrule: z.string().trim().min(1, 'rrule must not be blank').max(500, 'rrule is too long').optional(),
    })
    .superRefine((req, ctx) => {
      for (const name of requiredFields[req.action] ?? [])
        if (req[name] === undefined)
          ctx.addIssue({ code: 'custom', path: [name], message: `${req.action} needs ${name}` });
    }),
  /** The run's stored trace: what the engine did on each change, and why. */
  getTrace: z.strictObject({ issueKey: z.string().min(1) }),
  /** Every date that would move if the step were deferred to `date`; nothing is changed. */
  previewDefer: z.strictObject({ issueKey: z.string().min(1), stepId: z.string().min(1).max(200), date: daySchema }),
} as const;

export const adminRequests = {
  listPlaybooks: z.strictObject({}),
  setPlaybookEnabled: z.strictObject({ id: z.string().min(1), enabled: z.boolean() }),
  getDirectory: z.strictObject({}),
  saveDirectory: z.strictObject({ directory: z.unknown() }),
  getSlack: z.strictObject({}),
  setSlackWebhook: z.strictObject({ url: z.string().max(500).optional() }),
} as const;

/** REFUSED: the engine turned the action down and the run is unchanged; `reason` is the engine's stable trace code. */
export const errorCodeSchema = z.enum(['INVALID_REQUEST', 'FORBIDDEN', 'NOT_FOUND', 'REFUSED', 'FAILED']);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export type Envelope<T> =
  { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string; reason?: string } };

/*
 * The answers below are plain (stripping) objects, not strict ones: Forge serves a new resolver at once while an open
 * tab still runs the page bundle it loaded, and that older page must drop the fields it does not know rather than
 * reject the answer. The page's calls above stay strict: the server refuses what it does not know.
 */

/** Who did it and when, with their note. */
const byWhomViewSchema = z.object({ by: z.string(), at: z.string(), note: z.string().optional() });

const answerViewSchema = z.object({
  decision: z.string(),
  by: z.string(),
  channel: z.string(),
  at: z.string(),
  note: z.string().optional(),
  ticketKey: z.string().optional(),
});

/** Who was asked when, each chase and the next, the answer and its channel. */
export const approvalViewSchema = z.object({
  askedAt: z.string(),
  approver: z.string(),
  fallback: z.string().optional(),
  chases: z.array(z.string()),
  nextChaseAt: z.string().optional(),
  escalatedAt: z.string().optional(),
  answer: answerViewSchema.optional(),
});
export type ApprovalView = z.infer<typeof approvalViewSchema>;

/** A reason as a stable code with its details; the page words it in the user's language. */
export const whySchema = z.object({
  code: z.string(),
  at: z.string().optional(),
  detail: z.string().optional(),
});
export type Why = z.infer<typeof whySchema>;

/**
 * One step, generic over kinds: the page shows `kind` and `lane` as they come, so kinds added to the playbook
 * format later render plainly without a page change.
 */
export const stepViewSchema = z.object({
  id: z.string(),
  status: z.string(),
  dueAt: z.string().optional(),
  name: z.string().optional(),
  /** The playbook's description of the step, in the viewer's language. */
  description: z.string().optional(),
  kind: z.string().optional(),
  lane: z.string().optional(),
  owner: z.string().optional(),
  overdue: z.boolean().optional(),
  /** Done without doing anything: its condition did not hold. */
  skipped: z.boolean().optional(),
  startedAt: z.string().optional(),
  doneAt: z.string().optional(),
  /** "Why did this happen?": the engine's reasons for this step's changes, oldest first, as codes the page words. */
  why: z.array(whySchema).optional(),
  approval: approvalViewSchema.optional(),
  /** Tasks: 'required' means marking it done needs a note of the evidence. */
  evidence: z.enum(['optional', 'required']).optional(),
  checklist: z
    .array(z.object({ id: z.string(), text: z.string(), lane: z.string().optional(), done: z.boolean() }))
    .optional(),
  /** Tasks and decisions done in the panel: by whom, and the option chosen. */
  completion: byWhomViewSchema.extend({ value: z.string().optional() }).optional(),
  /** Decisions: the question (rendered) and its options. */
  question: z.string().optional(),
  options: z.array(z.object({ value: z.string(), label: z.string().optional() })).optional(),
  /** Sign-offs: each party, who may give it, and the sign-off once given. */
  parties: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        required: z.boolean(),
        waivable: z.boolean(),
        /** The people whose own sign-off counts (names). */
        people: z.array(z.string()),
        byReporterComment: z.boolean(),
        agentRecord: z.boolean(),
        signed: byWhomViewSchema.extend({ how: z.string() }).optional(),
      }),
    )
    .optional(),
  /** Reviews: the task reviewed and each problem flagged. */
  reviewOf: z.string().optional(),
  flags: z.array(byWhomViewSchema.extend({ reason: z.string() })).optional(),
  /** Recurring steps: the rule, the planned occurrences and how many are behind. */
  recurrence: z
    .strictObject({ rule: z.string().optional(), occurrences: z.array(z.string()), done: z.int() })
    .optional(),
  sla: z
    .strictObject({ state: z.string(), dueAt: z.string(), warnAt: z.string(), breachedAt: z.string().optional() })
    .optional(),
  readiness: z.string().optional(),
  /** Week-based playbooks: the step's planned date while it has no due date of its own yet. */
  plannedAt: z.string().optional(),
  /** The step has a date an agent may move later (defer, with a preview of every date that moves). */
  deferrable: z.boolean().optional(),
  /** Date steps (kind 'date'): the date accepted for the step's field, YYYY-MM-DD. */
  date: z.string().optional(),
});
export type StepView = z.infer<typeof stepViewSchema>;

/** One week of a week-based playbook (S3): its dates, its state and what is dated in it. */
export const timelineWeekSchema = z.object({
  /** Week 0 starts on the timeline's start date. */
  week: z.int(),
  /** First and last day of the week, YYYY-MM-DD on the playbook's calendar. */
  from: z.string(),
  to: z.string(),
  /** 'past' | 'current' | 'upcoming' | 'overdue' (a code the page words; unknown ones show as they come). */
  state: z.string(),
  items: z.array(
    z.object({
      stepId: z.string(),
      name: z.string(),
      /** 'step' | 'milestone' | 'touchpoint' | 'message'. */
      type: z.string(),
      /** The day, YYYY-MM-DD on the playbook's calendar. */
      date: z.string(),
      status: z.string(),
      overdue: z.boolean(),
      /** Moved by a deferral. */
      deferred: z.boolean(),
      /** Recurring steps: which occurrence (1-based). */
      occurrence: z.int().optional(),
    }),
  ),
});
export type TimelineWeek = z.infer<typeof timelineWeekSchema>;

/** What the panel and the glance show of a run. */
export const runViewSchema = z.object({
  runId: z.string(),
  playbookId: z.string(),
  playbookName: z.string().optional(),
  playbookVersion: z.int(),
  state: z.string(),
  stage: z.string(),
  nextDueAt: z.string().optional(),
  progress: z.object({ done: z.int(), total: z.int() }).optional(),
  /** What waits on whom: one line per active step. */
  waitingOn: z.array(z.object({ stepId: z.string(), who: z.string() })).optional(),
  attention: z.array(
    z.object({ code: z.string(), message: z.string(), at: z.string(), stepId: z.string().optional() }),
  ),
  steps: z.array(stepViewSchema),
  /** Week-based playbooks: the weeks from the start date, as rows. */
  timeline: z.array(timelineWeekSchema).optional(),
  /**
   * Week-based playbooks, active runs: where today falls on the timeline (the engine's count in the calendar's zone).
   * `state` 'notStarted' (before `startsOn`), 'inWeek' (`week` of `lastWeek`) or 'ended' (past `lastWeek`).
   */
  week: z
    .object({ state: z.string(), week: z.int().optional(), lastWeek: z.int(), startsOn: z.string().optional() })
    .optional(),
});
export type RunView = z.infer<typeof runViewSchema>;

/** getRun's answer: the run, or null on a ticket without one (the page offers to start a playbook by hand). */
export const getRunResultSchema = runViewSchema.nullable();
/** One change the engine made (an event it decided on), with the rules that fired: codes the page words. */
export const traceBatchSchema = z.object({
  at: z.string(),
  /** The event type ('timePassed', 'commentAdded'...) or, for the panel, 'panel.<action>'. */
  event: z.string(),
  actor: z.string().optional(),
  lines: z.array(z.object({ code: z.string(), message: z.string(), stepId: z.string().optional() })),
});
export type TraceBatch = z.infer<typeof traceBatchSchema>;
/** getTrace's answer: newest change first; empty when nothing was stored (or no run). */
export const getTraceResultSchema = z.array(traceBatchSchema);

/** previewDefer's answer: every step whose date moves, from and to. */
export const previewDeferResultSchema = z.object({
  moves: z.array(z.object({ stepId: z.string(), name: z.string().optional(), from: z.string(), to: z.string() })),
});
export type PreviewDeferResult = z.infer<typeof previewDeferResultSchema>;

/** act's answer. */
export const actResultSchema = z.object({ state: z.string(), trace: z.array(z.string()) });
export type ActResult = z.infer<typeof actResultSchema>;
