/** Queue hand-offs between teams (S3 multi-site licence): assigning and unassigning a ticket, request participants. */
import { z } from 'zod';
import { issueRefSchema, roleNameSchema, stepIdSchema, templateSchema } from './common';

/**
 * Assign the ticket to whoever holds a role, to the person who did a task (`doneBy`, e.g. the support agent who
 * picked it up), or back to the unassigned queue.
 */
export const assignActionSchema = z.strictObject({
  do: z.literal('assign'),
  issue: issueRefSchema.default('this'),
  to: z.union([
    z.literal('unassigned'),
    z.strictObject({ role: roleNameSchema }),
    z.strictObject({ doneBy: stepIdSchema }),
  ]),
});

/** Add request participants by email (templates), so the customer messages of the run reach them. */
export const addParticipantsActionSchema = z.strictObject({
  do: z.literal('addParticipants'),
  issue: issueRefSchema.default('this'),
  emails: z.array(templateSchema).min(1, { message: 'name at least one email' }),
});
