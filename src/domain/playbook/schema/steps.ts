/**
 * Steps: ids stable across versions (runs store their state by step id), an owner lane, dependencies and due times.
 * `kind` discriminates; later kinds (checklist, sign-off, touchpoint, customer message, condition...) join the union.
 */
import { z } from 'zod';
import { offsetSchema, recurrenceSchema } from '../../schedule';
import { actionSchema } from './actions';
import {
  durationSchema,
  issueRefSchema,
  localizedLabelSchema,
  localizedNameSchema,
  localizedTemplateSchema,
  nameSchema,
  nonEmpty,
  roleNameSchema,
  stepIdSchema,
} from './common';
import { conditionSchema } from './condition';
import { decisionFields, reviewFields, signoffFields, taskFields } from './kinds';
import { dateFields, dateWaitSchema } from './lifecycle';

/** A service level on the business calendar: visible breach in the run, and what to do when it is breached. */
export const stepSlaSchema = z.strictObject({
  within: offsetSchema,
  warnAfter: offsetSchema.optional(),
  onBreach: z.array(actionSchema).default([]),
});
export type StepSla = z.infer<typeof stepSlaSchema>;

const base = {
  id: stepIdSchema,
  name: localizedNameSchema.optional(),
  description: localizedNameSchema.optional(),
  /** The team or person that owns the step, as shown in the panel ("support", "config team"). */
  lane: localizedLabelSchema.default('support'),
  /** Starts only when every step named here is done (an approval is done only when approved). */
  dependsOn: z.array(stepIdSchema).default([]),
  /** When the step is due: after the run started, or after another step finished (business days: on the calendar). */
  due: z
    .strictObject({
      after: durationSchema.optional(),
      businessDays: z.int().min(1).optional(),
      days: z.int().min(1).optional(),
      weeks: z.int().min(1).optional(),
      /** Time of day in the calendar's zone once the offset is applied ('16:00'). */
      at: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "write the time as HH:mm, e.g. '16:00'" })
        .optional(),
      from: z.union([z.literal('start'), stepIdSchema]).default('start'),
    })
    .refine((d) => [d.after, d.businessDays, d.days, d.weeks].filter((x) => x !== undefined).length === 1, {
      message: "give exactly one of 'after' (ISO duration), 'businessDays', 'days' or 'weeks'",
      params: { code: 'bad_offset' },
    })
    .optional(),
  /** How ready the step is in practice, set by admins (S2's colour key): shown in the panel. */
  readiness: z.enum(['unknown', 'ready', 'beta', 'might-not-be-ready', 'not-sure-how-handled']).default('unknown'),
  /** Started only when this holds; otherwise skipped (done, for the steps after it). */
  when: conditionSchema.optional(),
  /** Counted from when the step starts, on the playbook's business calendar. */
  sla: stepSlaSchema.optional(),
  /** How the step shows on the week timeline: a milestone, or a touchpoint (a dated task for its owner). */
  shownAs: z.enum(['milestone', 'touchpoint']).optional(),
};

export const actionStepSchema = z.strictObject({
  ...base,
  kind: z.literal('action'),
  actions: z.array(actionSchema).min(1, { message: 'an action step needs at least one action' }),
});

export const waitForSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** A ticket in `project` linked to this one by any link type (or `linkType`). */
    kind: z.literal('linkedIssue'),
    project: nonEmpty,
    linkType: nonEmpty.optional(),
    /** On sites without an automation rule creating it, the app creates and links the ticket itself. */
    create: z
      .strictObject({
        enabled: z.boolean().default(false),
        issueType: nonEmpty,
        summary: localizedTemplateSchema,
        linkType: nonEmpty.default('Relates'),
      })
      .optional(),
  }),
  z.strictObject({ kind: z.literal('status'), issue: issueRefSchema.default('this'), is: z.array(nonEmpty).min(1) }),
  z.strictObject({
    kind: z.literal('field'),
    issue: issueRefSchema.default('this'),
    field: nonEmpty,
    equals: z.string(),
  }),
  z.strictObject({ kind: z.literal('time'), after: durationSchema }),
  dateWaitSchema,
]);
export type WaitFor = z.infer<typeof waitForSchema>;

export const waitStepSchema = z.strictObject({
  ...base,
  kind: z.literal('wait'),
  for: waitForSchema,
  /** Not met within this time: the run needs attention (the wait goes on). */
  timeout: durationSchema.optional(),
});

const words = z.array(nonEmpty).min(1, { message: 'list at least one word or phrase' });

export const approvalStepSchema = z.strictObject({
  ...base,
  kind: z.literal('approval'),
  approver: roleNameSchema,
  /** Asked when the chase ladder is exhausted; may answer too. */
  fallback: roleNameSchema.optional(),
  question: localizedTemplateSchema,
  /** Intake variables whose values identify this run in an answer email without the ticket key. */
  identifiers: z.array(nameSchema).default([]),
  chase: z
    .strictObject({
      firstAfter: durationSchema,
      every: durationSchema,
      max: z.int().min(1, { message: 'chase at least once (max: 1 or more), or leave out chase' }).max(20),
      text: localizedTemplateSchema,
      slack: z.boolean().default(true),
      escalate: z.strictObject({ text: localizedTemplateSchema }).optional(),
    })
    .optional(),
  answers: z.strictObject({
    comment: z.strictObject({ approve: words, decline: words }).optional(),
    panel: z.boolean().default(true),
    duplicateTicket: z
      .strictObject({
        closeStatus: nonEmpty,
        resolution: nonEmpty.default('Duplicate'),
        linkType: nonEmpty.default('Duplicate'),
      })
      .optional(),
  }),
  /** On decline the run needs attention after these actions; steps depending on the approval never start. */
  onDecline: z.array(actionSchema).default([]),
});

export const taskStepSchema = z.strictObject({ ...base, kind: z.literal('task'), ...taskFields });
export const decisionStepSchema = z.strictObject({ ...base, kind: z.literal('decision'), ...decisionFields });
export const signoffStepSchema = z.strictObject({ ...base, kind: z.literal('signoff'), ...signoffFields });
export const reviewStepSchema = z.strictObject({ ...base, kind: z.literal('review'), ...reviewFields });
/** A date field with a limit (S2's review date): done once a date within the limit is set. */
export const dateStepSchema = z.strictObject({ ...base, kind: z.literal('date'), ...dateFields });
/** Touchpoints by RRULE: the actions run at each occurrence; the step is done after the last one. */
export const recurringStepSchema = z.strictObject({
  ...base,
  kind: z.literal('recurring'),
  recurrence: recurrenceSchema,
  actions: z.array(actionSchema).min(1, { message: 'a recurring step needs at least one action' }),
});

export const stepSchema = z.discriminatedUnion('kind', [
  actionStepSchema,
  waitStepSchema,
  approvalStepSchema,
  taskStepSchema,
  decisionStepSchema,
  signoffStepSchema,
  reviewStepSchema,
  recurringStepSchema,
  dateStepSchema,
]);
export type Step = z.infer<typeof stepSchema>;
export type ActionStep = z.infer<typeof actionStepSchema>;
export type WaitStep = z.infer<typeof waitStepSchema>;
export type ApprovalStep = z.infer<typeof approvalStepSchema>;
export type TaskStep = z.infer<typeof taskStepSchema>;
export type DecisionStep = z.infer<typeof decisionStepSchema>;
export type SignoffStep = z.infer<typeof signoffStepSchema>;
export type ReviewStep = z.infer<typeof reviewStepSchema>;
export type RecurringStep = z.infer<typeof recurringStepSchema>;
export type DateStep = z.infer<typeof dateStepSchema>;
export const STEP_KINDS = ['action', 'wait', 'approval', 'task', 'decision', 'signoff', 'review', 'recurring', 'date'];
