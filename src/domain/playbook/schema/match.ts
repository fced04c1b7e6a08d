/** Which new tickets start a run of a playbook. */
import { z } from 'zod';
import { safeRegexProblem } from '../graph';
import { nonEmpty, roleNameSchema } from './common';

export const DEFAULT_SUBJECT_PREFIXES = ['RE:', 'FW:', 'FWD:', 'SV:', 'VS:', 'AW:', 'WG:'];

export const summaryPatternSchema = z.union([
  z.strictObject({ contains: nonEmpty }),
  z.strictObject({
    regex: z
      .string()
      .min(1)
      .max(200, { message: 'keep summary patterns under 200 characters' })
      .superRefine((source, ctx) => {
        const problem = safeRegexProblem(source);
        if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { code: problem.code } });
      }),
    ignoreCase: z.boolean().default(true),
  }),
]);
export type SummaryPattern = z.infer<typeof summaryPatternSchema>;

export const matchSchema = z.strictObject({
  project: nonEmpty,
  requestType: nonEmpty.optional(),
  issueType: nonEmpty.optional(),
  summary: summaryPatternSchema.optional(),
  exclude: z
    .strictObject({
      /** Replies and forwards ("RE: EverBright Partner Onboarding") never start a run. */
      subjectPrefixes: z.array(nonEmpty).default(DEFAULT_SUBJECT_PREFIXES),
      /** Tickets sent by people holding these roles (e.g. the approver answering by email) never start a run. */
      senderRoles: z.array(roleNameSchema).default([]),
    })
    .default({ subjectPrefixes: DEFAULT_SUBJECT_PREFIXES, senderRoles: [] }),
});
export type MatchSpec = z.infer<typeof matchSchema>;
