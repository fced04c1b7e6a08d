/** Building blocks shared by the playbook schema: ids, names, durations, templates, issue references. */
import { Duration } from 'luxon';
import { z } from 'zod';
import { templateVariables } from '../../template';
import { localized } from './localized';

export const stepIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, {
  message: "use 1-64 lowercase letters, digits and dashes, starting with a letter (e.g. 'go-live-approval')",
});

/** Intake variables and role names: usable as template variables, so identifier-shaped. */
export const nameSchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/, {
  message: "use letters, digits and _, starting with a letter (e.g. 'installerName')",
});

export const roleNameSchema = nameSchema;

/** ISO 8601 durations (PT24H, P2D, P1W): positive, and no months/years whose length depends on the calendar. */
export const durationSchema = z.string().refine(
  (s) => {
    const d = Duration.fromISO(s);
    return d.isValid && d.as('milliseconds') > 0 && d.months === 0 && d.years === 0 && d.quarters === 0;
  },
  {
    message: "use a positive ISO 8601 duration in weeks, days, hours or minutes, e.g. 'PT24H', 'P2D', 'P1W'",
    params: { code: 'bad_duration' },
  },
);

// Playbooks use a handful of durations over and over: parse each once.
const durations = new Map<string, number>();

export function durationMs(iso: string): number {
  let ms = durations.get(iso);
  if (ms === undefined) {
    ms = Duration.fromISO(iso).as('milliseconds');
    if (durations.size > 1000) durations.clear();
    durations.set(iso, ms);
  }
  return ms;
}

export const templateSchema = z
  .string()
  .min(1, { message: 'write the text (a Liquid template such as "Hello {{ installerName }}")' })
  .max(5000, { message: 'keep texts under 5000 characters' })
  .superRefine((source, ctx) => {
    const vars = templateVariables(source);
    if (!vars.ok) ctx.addIssue({ code: 'custom', message: vars.message, params: { code: 'bad_template' } });
  });

export const nonEmpty = z.string().trim().min(1, { message: 'must not be empty' });

/** A template people read: one text, or `{ en, nb }` (see localized.ts). */
export const localizedTemplateSchema = localized(templateSchema);
/** A name or label people read: one text, or `{ en, nb }`. */
export const localizedNameSchema = localized(z.string());
/** A name or label that must not be empty (sign-off parties, checklist items): one text, or `{ en, nb }`. */
export const localizedLabelSchema = localized(nonEmpty);

/** Which ticket an action or wait is about: the run's own ticket, or the ticket linked to it in a project. */
export const issueRefSchema = z.union([
  z.literal('this'),
  z.strictObject({ linked: z.strictObject({ project: nonEmpty }) }),
]);
export type IssueRefSpec = z.infer<typeof issueRefSchema>;
