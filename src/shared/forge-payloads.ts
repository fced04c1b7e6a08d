/**
 * The Forge payloads the app receives (docs/FORGE_EVENTS.md), parsed with zod. Only documented fields are read;
 * loose objects keep whatever else Forge adds from breaking the parse.
 */
import { z } from 'zod';

const userRef = z.looseObject({ accountId: z.string() }).nullish();

export const forgeIssueSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  fields: z
    .looseObject({
      summary: z.string().optional(),
      issuetype: z.looseObject({ name: z.string().optional() }).nullish(),
      project: z.looseObject({ key: z.string(), id: z.string().optional() }).nullish(),
      reporter: userRef,
      status: z.looseObject({ name: z.string() }).nullish(),
    })
    .default({}),
});
export type ForgeIssue = z.infer<typeof forgeIssueSchema>;

const changeItemSchema = z.looseObject({
  field: z.string(),
  fieldId: z.string().optional(),
  from: z.string().nullish(),
  fromString: z.string().nullish(),
  to: z.string().nullish(),
  toString: z.string().nullish(),
});

export const issueEventSchema = z.discriminatedUnion('eventType', [
  z.looseObject({
    eventType: z.literal('avi:jira:created:issue'),
    atlassianId: z.string().optional(),
    issue: forgeIssueSchema,
  }),
  z.looseObject({
    eventType: z.literal('avi:jira:updated:issue'),
    atlassianId: z.string().optional(),
    issue: forgeIssueSchema,
    changelog: z.looseObject({ id: z.string(), items: z.array(changeItemSchema).default([]) }),
  }),
  z.looseObject({
    eventType: z.literal('avi:jira:commented:issue'),
    atlassianId: z.string().optional(),
    issue: forgeIssueSchema,
    comment: z.looseObject({ id: z.string(), author: userRef, body: z.unknown() }),
  }),
  z.looseObject({
    eventType: z.literal('avi:jira:created:issuelink'),
    atlassianId: z.string().optional(),
    id: z.string(),
    sourceIssueId: z.string(),
    destinationIssueId: z.string(),
    issueLinkType: z.looseObject({ name: z.string() }),
  }),
]);
export type IssueEventPayload = z.infer<typeof issueEventSchema>;

export const scheduledPayloadSchema = z.looseObject({
  context: z.looseObject({ cloudId: z.string().optional(), moduleKey: z.string().optional() }).optional(),
});

/** The body the app pushes on the run-work queue. */
export const runWorkBodySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('due'), issueKeys: z.array(z.string()).min(1).max(50) }),
  /** An issue event whose handling hit a transient failure: retried by the queue. */
  z.strictObject({ kind: z.literal('issueEvent'), payload: z.unknown() }),
]);
export type RunWorkBody = z.infer<typeof runWorkBodySchema>;

export const asyncEventSchema = z.looseObject({
  body: z.unknown(),
  jobId: z.string().optional(),
  retryContext: z.looseObject({ retryCount: z.number() }).optional(),
});

export const automationPayloadSchema = z.looseObject({
  actionKey: z.string().optional(),
  inputs: z.record(z.string(), z.unknown()).optional(),
});

/** `avi:forge:installed:app` / `avi:forge:upgraded:app` (Forge life cycle events): only the app is read. */
export const lifecycleEventSchema = z.looseObject({
  id: z.string().optional(),
  app: z.looseObject({ id: z.string(), version: z.string().optional() }).optional(),
});
