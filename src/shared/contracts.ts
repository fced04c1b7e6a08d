/**
 * Resolver contracts between the Custom UI pages (static/) and the resolvers (src/forge): zod schemas are the
 * types. Every resolver answers an envelope: { ok: true, data } or { ok: false, error: { code, message } }.
 */
import { z } from 'zod';

export const panelActionSchema = z.enum(['approve', 'decline', 'customerCommunicationNeeded', 'cancel', 'startByHand']);
export type PanelAction = z.infer<typeof panelActionSchema>;

export const panelRequests = {
  getRun: z.strictObject({ issueKey: z.string().min(1) }),
  act: z.strictObject({
    issueKey: z.string().min(1),
    action: panelActionSchema,
    /** Chosen by the page once per click: a double click or a retried invoke applies the action once. */
    requestId: z.string().min(1).max(100),
    note: z.string().max(2000).optional(),
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

export const errorCodeSchema = z.enum(['INVALID_REQUEST', 'FORBIDDEN', 'NOT_FOUND', 'FAILED']);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** What the panel shows of a run. */
export const runViewSchema = z.strictObject({
  runId: z.string(),
  playbookId: z.string(),
  playbookVersion: z.int(),
  state: z.string(),
  stage: z.string(),
  nextDueAt: z.string().optional(),
  attention: z.array(z.strictObject({ code: z.string(), message: z.string(), at: z.string() })),
  steps: z.array(z.strictObject({ id: z.string(), status: z.string(), dueAt: z.string().optional() })),
});
export type RunView = z.infer<typeof runViewSchema>;
