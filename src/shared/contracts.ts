/**
 * Resolver contracts between the Custom UI pages (static/) and the resolvers (src/forge): zod schemas are the
 * types. Every resolver answers an envelope: { ok: true, data } or { ok: false, error: { code, message } }.
 */
import { z } from 'zod';
import { PANEL_ACTIONS } from '../domain/engine/events';

export const panelActionSchema = z.enum(PANEL_ACTIONS);
export type PanelAction = z.infer<typeof panelActionSchema>;

/** The fields each step action needs besides the action itself; the engine checks they name a real step. */
const requiredFields: Partial<Record<PanelAction, readonly ('stepId' | 'party' | 'value' | 'item')[]>> = {
  completeStep: ['stepId'],
  decide: ['stepId', 'value'],
  signOff: ['stepId', 'party'],
  waive: ['stepId', 'party'],
  checkItem: ['stepId', 'item'],
  flag: ['stepId'],
};
const field = (name: string) =>
  z.string().trim().min(1, `${name} must not be blank`).max(200, `${name} is too long`).optional();

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
    })
    .superRefine((req, ctx) => {
      for (const name of requiredFields[req.action] ?? [])
        if (req[name] === undefined)
          ctx.addIssue({ code: 'custom', path: [name], message: `${req.action} needs ${name}` });
    }),
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

const answerViewSchema = z.strictObject({
  decision: z.string(),
  by: z.string(),
  channel: z.string(),
  at: z.string(),
  note: z.string().optional(),
  ticketKey: z.string().optional(),
});

/** Who was asked when, each chase and the next, the answer and its channel. */
export const approvalViewSchema = z.strictObject({
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
export const whySchema = z.strictObject({
  code: z.string(),
  at: z.string().optional(),
  detail: z.string().optional(),
});
export type Why = z.infer<typeof whySchema>;

/**
 * One step, generic over kinds: the page shows `kind` and `lane` as they come, so kinds added to the playbook
 * format later render plainly without a page change.
 */
export const stepViewSchema = z.strictObject({
  id: z.string(),
  status: z.string(),
  dueAt: z.string().optional(),
  name: z.string().optional(),
  kind: z.string().optional(),
  lane: z.string().optional(),
  owner: z.string().optional(),
  overdue: z.boolean().optional(),
  startedAt: z.string().optional(),
  doneAt: z.string().optional(),
  /** "Why did this happen?": the engine's reasons for this step's changes, oldest first, as codes the page words. */
  why: z.array(whySchema).optional(),
  approval: approvalViewSchema.optional(),
});
export type StepView = z.infer<typeof stepViewSchema>;

/** What the panel and the glance show of a run. */
export const runViewSchema = z.strictObject({
  runId: z.string(),
  playbookId: z.string(),
  playbookName: z.string().optional(),
  playbookVersion: z.int(),
  state: z.string(),
  stage: z.string(),
  nextDueAt: z.string().optional(),
  progress: z.strictObject({ done: z.int(), total: z.int() }).optional(),
  /** What waits on whom: one line per active step. */
  waitingOn: z.array(z.strictObject({ stepId: z.string(), who: z.string() })).optional(),
  attention: z.array(
    z.strictObject({ code: z.string(), message: z.string(), at: z.string(), stepId: z.string().optional() }),
  ),
  steps: z.array(stepViewSchema),
});
export type RunView = z.infer<typeof runViewSchema>;

/** getRun's answer: the run, or null on a ticket without one (the page offers to start a playbook by hand). */
export const getRunResultSchema = runViewSchema.nullable();
/** act's answer. */
export const actResultSchema = z.strictObject({ state: z.string(), trace: z.array(z.string()) });
export type ActResult = z.infer<typeof actResultSchema>;
