/**
 * The admin page's resolver contracts (function key `admin-resolver`): for every resolver, the zod schema of its
 * input and of its answer's `data`. Every answer is an envelope: { ok: true, data } or
 * { ok: false, error: { code, message, errors? } } (`errors`: the playbook's problems, with INVALID_PLAYBOOK only).
 * Every resolver first checks that the caller is a Jira admin (ADMINISTER), then parses its input.
 * Calls are strict (unknown fields refused); answers strip them, so an open page older than the resolver keeps working.
 */
import { z } from 'zod';
import { directorySchema, personSchema } from '../domain/people';

/** Stable error codes the page words in the user's language. */
export const adminErrorCodeSchema = z.enum([
  /** The input does not fit the resolver's schema. */
  'INVALID_REQUEST',
  /** The caller is not a Jira admin (or not signed in): nothing was read or changed. */
  'NOT_ADMIN',
  /** The YAML is not a valid playbook: nothing was saved; `errors` says where. */
  'INVALID_PLAYBOOK',
  /** Someone saved a newer version since the page loaded `expectedVersion`: reload, nothing was saved. */
  'VERSION_CONFLICT',
  /** A playbook (or id) that already exists was to be created. */
  'ALREADY_EXISTS',
  'NOT_FOUND',
  /** Slack answered the test message with an error (or could not be reached). FAILED: unexpected (see the log). */
  'SLACK_REJECTED',
  'FAILED',
]);
export type AdminErrorCode = z.infer<typeof adminErrorCodeSchema>;

const iso = z.string();
const idPattern = /^[a-z0-9][a-z0-9-]{0,99}$/;
const playbookId = z.string().regex(idPattern, 'lower-case letters, digits and dashes (at most 100)');
const version = z.int().min(1);
// KVS holds at most 240 KiB per value: the YAML (UTF-8, up to 4 bytes a character) must fit with room to spare.
const yamlText = z.string().max(60_000, 'a playbook is at most 60,000 characters');
const empty = z.strictObject({});
const issueKey = z.string().min(1).max(50);

/** One problem of a playbook: `line` and `column` count from 1 and point at the offending node (or its parent). */
export const playbookProblemSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
  line: z.int().optional(),
  column: z.int().optional(),
});
export type PlaybookProblem = z.infer<typeof playbookProblemSchema>;

export const adminErrorSchema = z.object({
  code: adminErrorCodeSchema,
  message: z.string(),
  errors: z.array(playbookProblemSchema).optional(),
});
export type AdminError = z.infer<typeof adminErrorSchema>;
export type AdminEnvelope<T> = { ok: true; data: T } | { ok: false; error: AdminError };

const editorSchema = z.object({ accountId: z.string(), displayName: z.string().optional() });

export const playbookRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  enabled: z.boolean(),
  /** The newest version: new runs start on it (when enabled). */
  version: version,
  /** Active runs on any version of this playbook. */
  activeRuns: z.int(),
  /** Active runs on older versions (candidates for migrateRuns). */
  activeRunsOnOlderVersions: z.int(),
  lastEditedAt: iso.optional(),
  lastEditedBy: editorSchema.optional(),
  /** A built-in template with this id exists (createFromTemplate). */
  builtin: z.boolean(),
});
export type PlaybookRow = z.infer<typeof playbookRowSchema>;

export const versionSourceSchema = z.enum(['builtin', 'template', 'save', 'import', 'rollback']);
export const versionInfoSchema = z.object({
  version: version,
  /** Absent for a version seeded from a built-in. */
  savedAt: iso.optional(),
  savedBy: editorSchema.optional(),
  source: versionSourceSchema,
  /** rollback: the version whose content this one repeats. */
  rolledBackFrom: version.optional(),
  note: z.string().optional(),
});
export type VersionInfo = z.infer<typeof versionInfoSchema>;

export const savedSchema = z.object({ id: z.string(), version: version });

const stepChange = z.object({ stepId: z.string(), status: z.string().optional() });
export const runMigrationSchema = z.object({
  issueKey: z.string(),
  runId: z.string(),
  fromVersion: version,
  stage: z.string(),
  /** Steps in both versions, with their state in the run (kept as they are). */
  kept: z.array(stepChange),
  /** Steps only the old version has: their state is dropped. */
  dropped: z.array(stepChange),
  /** Steps only the new version has: they start pending. */
  added: z.array(stepChange),
  /** False when an active or done step would be dropped: migrateRuns still moves it only when asked by key. */
  safe: z.boolean(),
});
export type RunMigration = z.infer<typeof runMigrationSchema>;

export const dryRunCommandSchema = z.object({
  key: z.string(),
  type: z.string(),
  stepId: z.string().optional(),
  /** The ticket it would touch (a key, or "linked in <project>"). */
  target: z.string().optional(),
  /** The command in a line, for people ("comment (internal) on SS-1: ..."). */
  summary: z.string(),
});
export const traceLineSchema = z.object({ code: z.string(), message: z.string() });

const opt = z.string().optional();
export const userSchema = z.object({
  accountId: z.string(),
  displayName: z.string(),
  email: opt,
  avatarUrl: opt,
});
export type AdminUser = z.infer<typeof userSchema>;

export const registryEntrySchema = z.strictObject({
  partner: z.string().trim().min(1).max(200),
  service: z.string().trim().min(1).max(200),
  /** The service is shared between partners (S2). */
  shared: z.boolean(),
});
export type RegistryEntry = z.infer<typeof registryEntrySchema>;
export const registrySchema = z.strictObject({
  services: z.array(registryEntrySchema).max(1000),
  interests: z.record(z.string().trim().min(1).max(200), z.array(z.string().min(1)).max(200)),
});
export type RegistryView = z.infer<typeof registrySchema>;
// getDirectory's and getRegistry's answers: the shapes saveDirectory and saveRegistry take, stripping unknown fields.
const directoryAnswer = z.object({
  people: z.record(z.string(), z.object(personSchema.shape)).default({}),
  tables: z.record(z.string(), z.object(directorySchema.shape.tables.unwrap().valueType.shape)).default({}),
});
const registryAnswer = z.object({ ...registrySchema.shape, services: z.array(z.object(registryEntrySchema.shape)) });

export const slackStatusSchema = z.object({
  configured: z.boolean(),
  /** The URL's last 4 characters only: the rest is never sent back. */
  last4: z.string().length(4).optional(),
  setAt: iso.optional(),
  setBy: editorSchema.optional(),
});
export type SlackStatus = z.infer<typeof slackStatusSchema>;

export const SLACK_WEBHOOK_PATTERN = /^https:\/\/hooks\.slack\.com\/[A-Za-z0-9_\-/]+$/;

const median = z.object({ count: z.int(), medianMs: z.number() });
const stepRef = { playbookId: z.string(), stepId: z.string() };
export const insightSchema = z.object({
  generatedAt: iso,
  activeByStage: z.array(z.object({ playbookId: z.string(), stage: z.string(), count: z.int() })),
  /** Done steps only (startedAt -> doneAt). */
  stepDurations: z.array(z.object({ ...stepRef, ...median.shape })),
  /** Completed runs only (startedAt -> last step done). */
  playbookDurations: z.array(z.object({ playbookId: z.string(), ...median.shape })),
  /** Answered approvals (asked -> answered); `waitingNow` counts those still unanswered. */
  approvalWaits: z.array(z.object({ ...stepRef, waitingNow: z.int(), ...median.shape })),
  overdue: z.array(z.object({ ...stepRef, issueKey: z.string(), dueAt: iso, overdueMs: z.number() })),
});
export type Insight = z.infer<typeof insightSchema>;

const contract = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const enabledSwitch = contract(
  z.strictObject({ id: playbookId, enabled: z.boolean() }),
  z.object({ id: z.string(), enabled: z.boolean() }),
);

export const adminContracts = {
  listPlaybooks: contract(empty, z.array(playbookRowSchema)),
  listTemplates: contract(
    empty,
    z.array(z.object({ templateId: z.string(), name: z.string(), description: z.string() })),
  ),
  /** The newest version, or `version`. */
  getPlaybook: contract(
    z.strictObject({ id: playbookId, version: version.optional() }),
    z.object({
      id: z.string(),
      version: version,
      latestVersion: version,
      enabled: z.boolean(),
      yaml: z.string(),
    }),
  ),
  /** Live validation: nothing is stored. */
  validatePlaybook: contract(
    z.strictObject({ yaml: yamlText }),
    z.object({ ok: z.boolean(), id: z.string().optional(), errors: z.array(playbookProblemSchema) }),
  ),
  /**
   * A new version (the id comes from the YAML; its `version:` line is set to the new number). `expectedVersion`:
   * the version the editor started from, or null for a new playbook. Refused with INVALID_PLAYBOOK (+ errors),
   * VERSION_CONFLICT or ALREADY_EXISTS; no earlier version is ever changed.
   */
  savePlaybook: contract(
    z.strictObject({
      /** The playbook being edited: the YAML must keep this id (absent for a new playbook). */
      id: playbookId.optional(),
      yaml: yamlText,
      expectedVersion: version.nullable(),
      note: z.string().max(500).optional(),
    }),
    savedSchema,
  ),
  listVersions: contract(z.strictObject({ id: playbookId }), z.array(versionInfoSchema)),
  /** Unified diff (`patch`) and the same as line changes, from version `from` to version `to`. */
  diffVersions: contract(
    z.strictObject({ id: playbookId, from: version, to: version }),
    z.object({
      patch: z.string(),
      changes: z.array(z.object({ kind: z.enum(['added', 'removed', 'same']), text: z.string() })),
    }),
  ),
  /** A new version with the content of `toVersion`. */
  rollback: contract(z.strictObject({ id: playbookId, toVersion: version, expectedVersion: version }), savedSchema),
  setEnabled: enabledSwitch,
  /** A new playbook (disabled) from a built-in; `newId` defaults to the template's id. */
  createFromTemplate: contract(
    z.strictObject({ templateId: z.string().min(1), newId: playbookId.optional(), name: z.string().min(1).optional() }),
    savedSchema,
  ),
  exportYaml: contract(
    z.strictObject({ id: playbookId, version: version.optional() }),
    z.object({ filename: z.string(), yaml: z.string() }),
  ),
  /** Validated like savePlaybook; an existing id is refused (ALREADY_EXISTS) unless `replace` (a new version). */
  importYaml: contract(
    z.strictObject({ yaml: yamlText, replace: z.boolean().default(false) }),
    z.object({ id: z.string(), version: version, created: z.boolean() }),
  ),
  /** Active runs on versions other than `toVersion` (default: the newest) and what moving each would do. */
  previewMigration: contract(
    z.strictObject({ id: playbookId, toVersion: version.optional() }),
    z.object({ id: z.string(), toVersion: version, runs: z.array(runMigrationSchema) }),
  ),
  /** Moves the named runs (only those) to `toVersion`. */
  migrateRuns: contract(
    z.strictObject({ id: playbookId, toVersion: version, issueKeys: z.array(issueKey).min(1).max(100) }),
    z.object({
      migrated: z.array(z.object({ issueKey: z.string(), fromVersion: version, toVersion: version })),
      skipped: z.array(z.object({ issueKey: z.string(), reason: z.string() })),
    }),
  ),
  /** What `playbookId` (else the one that matches) would do on the ticket as a new run, and why; nothing runs. */
  dryRun: contract(
    z.strictObject({ issueKey: issueKey, playbookId: playbookId.optional(), version: version.optional() }),
    z.object({
      playbookId: z.string().optional(),
      version: version.optional(),
      matched: z.boolean(),
      /** The ticket has a run already (the dry run still shows a fresh start). */
      existingRun: z.object({ playbookId: z.string(), version: version, state: z.string() }).optional(),
      commands: z.array(dryRunCommandSchema),
      trace: z.array(traceLineSchema),
    }),
  ),
  getDirectory: contract(empty, directoryAnswer),
  saveDirectory: contract(z.strictObject({ directory: directorySchema }), z.object({ saved: z.literal(true) })),
  /** Jira user search (at most 20). */
  searchUsers: contract(z.strictObject({ query: z.string().trim().min(1).max(100) }), z.array(userSchema)),
  /** S2's registry as rows (one per partner service) and the interest lists (list -> people directory keys). */
  getRegistry: contract(empty, registryAnswer),
  /** Replaces the rows (a partner keeps its other settings); `interests` absent: the lists stay as they are. */
  saveRegistry: contract(
    z.strictObject({ services: registrySchema.shape.services, interests: registrySchema.shape.interests.optional() }),
    z.object({ saved: z.literal(true) }),
  ),
  getSlackStatus: contract(empty, slackStatusSchema),
  setSlackWebhook: contract(
    z.strictObject({
      url: z.string().max(500).regex(SLACK_WEBHOOK_PATTERN, 'a Slack webhook URL starts https://hooks.slack.com/'),
    }),
    slackStatusSchema,
  ),
  testSlackWebhook: contract(empty, z.object({ sent: z.literal(true) })),
  clearSlackWebhook: contract(empty, slackStatusSchema),
  getInsight: contract(empty, insightSchema),
  /** Earlier names, kept for callers of the first admin page: use getSlackStatus and setEnabled. */
  getSlack: contract(empty, z.object({ configured: z.boolean(), hint: z.string().optional() })),
  setPlaybookEnabled: enabledSwitch,
  /** The same figures as CSV text (one section per table, `section` first column). */
  insightCsv: contract(empty, z.object({ filename: z.string(), csv: z.string() })),
} as const;

export type AdminResolverName = keyof typeof adminContracts;
export const ADMIN_RESOLVER_NAMES = Object.keys(adminContracts) as AdminResolverName[];
export type AdminInput<K extends AdminResolverName> = z.input<(typeof adminContracts)[K]['input']>;
export type AdminOutput<K extends AdminResolverName> = z.infer<(typeof adminContracts)[K]['output']>;
