/** What an action step does. Each action becomes one or more commands the shell performs (see engine/commands). */
import { z } from 'zod';
import { issueRefSchema, localizedTemplateSchema, nonEmpty, roleNameSchema, templateSchema } from './common';
import { addParticipantsActionSchema, assignActionSchema } from './handoff';
import { notifyInterestedActionSchema, updateRegistryActionSchema } from './lifecycle';

const issue = issueRefSchema.default('this');

export const setFieldsActionSchema = z
  .strictObject({
    do: z.literal('setFields'),
    issue,
    /** JSM Organizations, found by name (a template, e.g. "{{ installerName }}"). */
    organization: z.strictObject({ name: templateSchema, createIfMissing: z.boolean().default(false) }).optional(),
    requestType: nonEmpty.optional(),
    selects: z.array(z.strictObject({ field: nonEmpty, option: nonEmpty })).default([]),
    reporter: z.union([z.strictObject({ role: roleNameSchema }), z.strictObject({ email: z.email() })]).optional(),
  })
  .refine((a) => a.organization || a.requestType || a.selects.length > 0 || a.reporter, {
    message: 'set at least one of organization, requestType, selects or reporter',
  });

export const addWatchersActionSchema = z.strictObject({
  do: z.literal('addWatchers'),
  issue,
  roles: z.array(roleNameSchema).min(1, { message: 'name at least one role to add as watcher' }),
});

export const commentActionSchema = z.strictObject({
  do: z.literal('comment'),
  issue,
  /** Internal unless the playbook declares this comment a customer message (customerFacing: true). */
  visibility: z.enum(['internal', 'public']).default('internal'),
  customerFacing: z.boolean().default(false),
  mentions: z.array(roleNameSchema).default([]),
  text: localizedTemplateSchema,
});

export const transitionActionSchema = z.strictObject({
  do: z.literal('transition'),
  issue,
  to: nonEmpty,
  resolution: nonEmpty.optional(),
});

export const createIssueActionSchema = z.strictObject({
  do: z.literal('createIssue'),
  project: nonEmpty,
  issueType: nonEmpty,
  /** The JSM request type of the new ticket (e.g. the flow it should start). */
  requestType: nonEmpty.optional(),
  summary: localizedTemplateSchema,
  description: localizedTemplateSchema.optional(),
  /** Link the new ticket to the run's ticket; 'outward' means "this ticket <type> the new one". */
  link: z.strictObject({ type: nonEmpty, direction: z.enum(['inward', 'outward']).default('outward') }).optional(),
  /** Raised for: `{ of: this }` is the run's ticket's reporter (S2: the partner's contact), or a role or an email. */
  reporter: z
    .union([
      z.strictObject({ of: z.literal('this') }),
      z.strictObject({ role: roleNameSchema }),
      z.strictObject({ email: z.email() }),
    ])
    .optional(),
  /** JSM Organizations, by name (a template): its members see the new request in the portal. */
  organization: z.strictObject({ name: templateSchema, createIfMissing: z.boolean().default(false) }).optional(),
});

export const setPropertyActionSchema = z.strictObject({
  do: z.literal('setProperty'),
  issue,
  key: z.string().regex(/^[a-zA-Z0-9._-]{1,255}$/, { message: 'use letters, digits, ".", "_" or "-"' }),
  value: z.json(),
});

export const actionSchema = z.discriminatedUnion('do', [
  setFieldsActionSchema,
  addWatchersActionSchema,
  commentActionSchema,
  transitionActionSchema,
  createIssueActionSchema,
  setPropertyActionSchema,
  assignActionSchema,
  addParticipantsActionSchema,
  notifyInterestedActionSchema,
  updateRegistryActionSchema,
]);
export type Action = z.infer<typeof actionSchema>;
export const ACTION_KINDS = [
  'setFields',
  'addWatchers',
  'comment',
  'transition',
  'createIssue',
  'setProperty',
  'assign',
  'addParticipants',
  'notifyInterested',
  'updateRegistry',
];
