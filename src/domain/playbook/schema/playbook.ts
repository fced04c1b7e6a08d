/** The playbook document: the zod schema is the source of the types (and of the editors' JSON Schema). */
import { z } from 'zod';
import { intakeFieldSchema } from '../../intake';
import { businessCalendarSchema } from '../../schedule';
import { actionSchema } from './actions';
import { nameSchema, nonEmpty, stepIdSchema } from './common';
import { flowSchema, lookupSchema } from './lifecycle';
import { localized, requireOwnLanguage } from './localized';
import { matchSchema } from './match';
import { rolesSchema } from './roles';
import { stepSchema } from './steps';

export const CURRENT_SCHEMA_VERSION = 1;

export const playbookIntakeFieldSchema = z.strictObject({
  ...intakeFieldSchema.shape,
  name: nameSchema,
  /** Read from this ticket field (by name) when the ticket has a value there; the description label otherwise. */
  field: nonEmpty.optional(),
});

const playbookFields = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: stepIdSchema,
  /** Shown to agents (the panel, in their language) and admins; one text or `{ en, nb }`. */
  name: localized(z.string().trim().min(1, { message: 'give the playbook a name' })),
  description: z.string().default(''),
  /** The admin's edit counter: a run stays on the version it started with. */
  version: z.int().min(1, { message: 'versions count from 1' }),
  enabled: z.boolean().default(false),
  match: matchSchema,
  intake: z.array(playbookIntakeFieldSchema).default([]),
  roles: rolesSchema.default({}),
  /** The language of the app's own comments on runs of this playbook: English or Norwegian Bokmål. */
  language: z.enum(['en', 'nb']).optional(),
  /** Business days and time zone for SLAs; Monday-Friday UTC when left out. */
  calendar: businessCalendarSchema.optional(),
  /** Week-based timelines: `from: start` counts from this intake date (at `at` in the calendar's zone) when it is set. */
  timeline: z
    .strictObject({
      startsOn: nameSchema,
      at: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "write the time as HH:mm, e.g. '09:00'" })
        .default('09:00'),
    })
    .optional(),
  steps: z.array(stepSchema).min(1, { message: 'a playbook needs at least one step' }),
  /** Entry points: each matches its own tickets and runs its own steps (a run records its flow). */
  flows: z.array(flowSchema).optional(),
  /** Facts read from the app's registries (partners, services) into run variables when a run starts. */
  lookups: z.array(lookupSchema).default([]),
  /** Actions an agent triggers from the panel at any point of a run. */
  on: z
    .strictObject({
      customerCommunicationNeeded: z.array(actionSchema).min(1).optional(),
      /** When an agent cancels a run: close the tickets linked to it (all, or those in `projects`). */
      cancel: z
        .strictObject({
          closeLinked: z
            .strictObject({ to: nonEmpty, resolution: nonEmpty.optional(), projects: z.array(nonEmpty).default([]) })
            .optional(),
        })
        .optional(),
    })
    .default({}),
});
// Every `{ en, nb }` text has the playbook's language; checked even when other parts are refused (all at once).
export const playbookSchema = playbookFields.superRefine(requireOwnLanguage, { when: () => true });
export type Playbook = z.infer<typeof playbookSchema>;
export type PlaybookInput = z.input<typeof playbookSchema>;
