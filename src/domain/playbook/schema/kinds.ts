/**
 * Step kinds done by people through the panel: tasks (a gate is a task others depend on), decisions that set a
 * variable for conditions, and sign-offs by several named parties.
 */
import { z } from 'zod';
import {
  localizedLabelSchema,
  localizedNameSchema,
  localizedTemplateSchema,
  nameSchema,
  nonEmpty,
  roleNameSchema,
  stepIdSchema,
} from './common';

const words = z.array(nonEmpty).min(1, { message: 'list at least one word or phrase' });

export const taskFields = {
  /** Roles whose people may mark it done; empty: any agent. */
  by: z.array(roleNameSchema).default([]),
  /** 'required': marking it done needs a note of the evidence (e.g. where the signed agreement is). */
  evidence: z.enum(['optional', 'required']).default('optional'),
  /** Items ticked one by one in the panel; the task is done when all are ticked. */
  checklist: z
    .array(z.strictObject({ id: stepIdSchema, text: localizedLabelSchema, lane: localizedLabelSchema.optional() }))
    .default([]),
};

/** Approves a task, or flags a problem with a reason: the task goes back to its owner and returns for review. */
export const reviewFields = {
  of: stepIdSchema,
  by: z.array(roleNameSchema).default([]),
  /** Mentioned in the internal comment that carries a flag's reason. */
  notify: z.array(roleNameSchema).default([]),
};

export const decisionFields = {
  question: localizedTemplateSchema,
  /** The run variable the answer is stored in; conditions (`when`) read it. */
  variable: nameSchema,
  options: z
    .array(z.strictObject({ value: nonEmpty, label: localizedNameSchema.optional() }))
    .min(2, { message: 'a decision needs at least two options' }),
  by: z.array(roleNameSchema).default([]),
};

export const signoffPartySchema = z
  .strictObject({
    id: stepIdSchema,
    name: localizedLabelSchema,
    /** A missing required sign-off keeps the step (and everything after it) waiting. */
    required: z.boolean().default(true),
    /** Whether an agent may waive it with a reason. */
    waivable: z.boolean().default(false),
    /** People (by role) who may give it themselves in the panel. */
    roles: z.array(roleNameSchema).default([]),
    /** The request's reporter gives it with a comment naming one of these words. */
    reporterComment: z.strictObject({ words }).optional(),
    /** Any agent may record it on the party's behalf, with a note of the evidence. */
    agentRecord: z.strictObject({ evidence: z.literal('required').default('required') }).optional(),
  })
  .refine((p) => p.roles.length > 0 || p.reporterComment !== undefined || p.agentRecord !== undefined, {
    message: 'say who may give this sign-off: roles, reporterComment or agentRecord',
    params: { code: 'required' },
  });
export type SignoffParty = z.infer<typeof signoffPartySchema>;

export const signoffFields = {
  parties: z.array(signoffPartySchema).min(1, { message: 'name at least one party' }),
};
