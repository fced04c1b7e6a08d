/**
 * Parts of the format for lifecycle playbooks (S2): several flows (entry points) in one playbook, facts read from the
 * app's registries when a run starts, actions that notify interest lists or update a registry, and date fields with
 * a limit (a review date at most 6 months ahead) that a wait can count down to.
 */
import { z } from 'zod';
import { summaryPatternSchema } from './match';
import { issueRefSchema, localizedTemplateSchema, nameSchema, nonEmpty, stepIdSchema, templateSchema } from './common';

/** One entry point: which tickets start it (within the playbook's `match`) and which of the steps it runs. */
export const flowSchema = z.strictObject({
  id: stepIdSchema,
  name: nonEmpty,
  description: z.string().optional(),
  /** Every setting given must hold; an empty match takes any ticket the playbook matches (put it last). */
  match: z
    .strictObject({
      requestType: nonEmpty.optional(),
      issueType: nonEmpty.optional(),
      summary: summaryPatternSchema.optional(),
    })
    .default({}),
  /** Intake variables this flow cannot do without (the playbook's intake may mark them optional for other flows). */
  requires: z.array(nameSchema).default([]),
  steps: z.array(stepIdSchema).min(1, { message: 'a flow runs at least one step' }),
});
export type Flow = z.infer<typeof flowSchema>;

export const LOOKUP_READS = [
  'partner.known',
  'partner.onCrm',
  'partner.services',
  'partner.sharedServices',
  'service.known',
  'service.shared',
] as const;

/** A fact from the registries stored in a run variable when the run starts, for conditions and texts. */
export const lookupSchema = z
  .strictObject({
    var: nameSchema,
    read: z.enum(LOOKUP_READS),
    /** The intake variable holding the partner's name (registries ignore case and spacing). */
    partner: nameSchema,
    /** The intake variable holding the service's name (for `service.*`). */
    service: nameSchema.optional(),
    /** The intake variable to use when the registry has nothing (e.g. the request's own "Shared service" field). */
    fallback: nameSchema.optional(),
    /** Not found (nor a fallback): the run stops before any step, like missing intake, instead of going on without it. */
    required: z.boolean().default(false),
    /** Read only in these flows (default: every flow). */
    flows: z.array(stepIdSchema).default([]),
  })
  .refine((l) => !l.read.startsWith('service.') || l.service !== undefined, {
    message: "a 'service.*' lookup needs 'service': the intake variable with the service's name",
    params: { code: 'required' },
  });
export type Lookup = z.infer<typeof lookupSchema>;

/** An internal comment mentioning everyone on an interest list (the list's key is a template, e.g. the topic). */
export const notifyInterestedActionSchema = z.strictObject({
  do: z.literal('notifyInterested'),
  issue: issueRefSchema.default('this'),
  list: templateSchema,
  text: localizedTemplateSchema,
});

/** A fixed flag, or read from a variable (a list: the first one that is set, e.g. an intake field or a decision). */
const flag = z.union([z.boolean(), z.strictObject({ var: z.union([nameSchema, z.array(nameSchema).min(1)]) })]);

/** Keeps the partner/service registry up to date as flows finish (a command the shell applies to storage). */
export const updateRegistryActionSchema = z
  .strictObject({
    do: z.literal('updateRegistry'),
    change: z.enum(['setPartner', 'addService', 'removeService', 'removePartner']),
    partner: templateSchema,
    service: templateSchema.optional(),
    shared: flag.optional(),
    onCrm: flag.optional(),
  })
  .refine((a) => !['addService', 'removeService'].includes(a.change) || a.service !== undefined, {
    message: 'addService and removeService need the service (a template such as "{{ serviceName }}")',
    params: { code: 'required' },
  });

const maxAheadSchema = z
  .strictObject({
    months: z.int().min(1).optional(),
    weeks: z.int().min(1).optional(),
    days: z.int().min(1).optional(),
  })
  .refine((m) => [m.months, m.weeks, m.days].filter((x) => x !== undefined).length === 1, {
    message: "give exactly one of 'months', 'weeks' or 'days'",
    params: { code: 'bad_offset' },
  });

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "write the time as HH:mm, e.g. '09:00'" });

/** A date field people set (on the ticket or in the panel), at most `maxAhead` from today: done once it is set. */
export const dateFields = {
  /** The Jira date field's name, e.g. "Review date". */
  field: nonEmpty,
  maxAhead: maxAheadSchema.optional(),
  /** Also refuse dates before today. */
  notPast: z.boolean().default(true),
};

/** A wait until the date in a date field (at `at` in the calendar's time zone): for reminders. */
export const dateWaitSchema = z.strictObject({
  kind: z.literal('date'),
  field: nonEmpty,
  at: timeOfDay.default('09:00'),
});
