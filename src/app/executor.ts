/**
 * Performs a decision's commands: skips keys already in the ledger, merges field edits per issue into one request,
 * runs independent writes (field edits, watchers, properties, Slack) concurrently and the rest in order, and records each
 * applied key as it goes. Expected failures are collected (the caller reports them); transient and unknown ones
 * are rethrown after the ledger is saved, so a retry resumes where this attempt stopped.
 */
import type { Command } from '../domain/engine';
import { classify } from './errors';
import type { EntityProperty } from '../jira';
import { perform, type PerformContext, type RunPropertyCarry } from './perform';

export interface Failure {
  command: Command;
  code: string;
  message: string;
}

export interface ExecutionResult {
  applied: string[];
  failures: Failure[];
  /** The run property went to Jira inside an edit or transition that succeeded. */
  carried: boolean;
}

/** A property of one issue that an edit or transition of that issue may carry instead of a PUT of its own. */
export interface RunPropertyWrite {
  readonly issueKey: string;
  readonly property: EntityProperty;
}

const CARRIERS = new Set<Command['type']>(['setFields', 'assign', 'transition']);

/**
 * The last edit or transition of the issue: its request carries the property (the last, so a JQL on the property
 * sees the new state no earlier than the commands before it are done).
 */
function carrier(commands: readonly Command[], issueKey: string): Command | undefined {
  return commands.findLast((c) => CARRIERS.has(c.type) && 'issue' in c && 'key' in c.issue && c.issue.key === issueKey);
}

/**
 * Commands that need nothing from each other: a field edit, watchers and properties of an issue touch different
 * parts of it, so they go to Jira together (one round trip, not one each). Transitions, comments, links and new
 * tickets keep their order: a transition may need the fields set, a comment reads in sequence.
 */
const CONCURRENT = new Set<Command['type']>(['setFields', 'addWatcher', 'setProperty', 'slack', 'setRunSummary']);

/** Field edits for the same issue (by key) folded into the first: Jira gets one PUT per issue. */
export function mergeFieldEdits(commands: readonly Command[]): Command[] {
  const out: Command[] = [];
  const byIssue = new Map<string, Extract<Command, { type: 'setFields' }>>();
  for (const c of commands) {
    if (c.type !== 'setFields' || !('key' in c.issue)) {
      out.push(c);
      continue;
    }
    const first = byIssue.get(c.issue.key);
    if (!first) {
      const copy = { ...c, selects: [...c.selects] };
      byIssue.set(c.issue.key, copy);
      out.push(copy);
      continue;
    }
    if (c.organization) first.organization = c.organization;
    if (c.requestTypeName !== undefined) first.requestTypeName = c.requestTypeName;
    if (c.reporter) first.reporter = c.reporter;
    first.selects.push(...c.selects);
    if (c.dates) first.dates = [...(first.dates ?? []), ...c.dates];
    first.key = `${first.key}+${c.key}`;
  }
  return out;
}

/** Consecutive independent commands form one concurrent batch; every other command is a batch of its own. */
function batches(commands: readonly Command[]): Command[][] {
  const out: Command[][] = [];
  for (const c of commands) {
    const last = out.at(-1);
    if (last && CONCURRENT.has(c.type) && last.every((x) => CONCURRENT.has(x.type))) last.push(c);
    else out.push([c]);
  }
  return out;
}

/** The ledger's mark that a command was started: a later attempt then looks for what the first one may have left. */
export const attemptKey = (key: string): string => `attempt:${key}`;

/**
 * Comments are not idempotent on Jira: before posting one, the newest comments are searched for an earlier
 * attempt's. Recording the attempt in the ledger first (a storage write, no Jira call) lets a first attempt skip
 * that search: only a command whose attempt is already recorded can have reached Jira before.
 */
async function firstAttempts(
  batch: readonly Command[],
  ledger: ReadonlySet<string>,
  record: (keys: string[]) => Promise<void>,
): Promise<Set<string>> {
  const first = batch.filter((c) => c.type === 'comment' && !ledger.has(attemptKey(c.key))).map((c) => c.key);
  if (first.length > 0) await record(first.map(attemptKey));
  return new Set(first);
}

export async function execute(
  ctx: PerformContext,
  commands: readonly Command[],
  ledger: ReadonlySet<string>,
  record: (appliedKeys: string[]) => Promise<void>,
  runProperty?: RunPropertyWrite,
): Promise<ExecutionResult> {
  const todo = commands.filter((c) => !ledger.has(c.key));
  const merged = mergeFieldEdits(todo);
  const result: ExecutionResult = { applied: [], failures: [], carried: false };
  const by = runProperty ? carrier(merged, runProperty.issueKey) : undefined;
  const carry: RunPropertyCarry | undefined =
    by && runProperty ? { commandKey: by.key, property: runProperty.property, carried: false } : undefined;
  for (const batch of batches(merged)) {
    const first = await firstAttempts(batch, ledger, record);
    const outcomes = await Promise.allSettled(
      batch.map((c) => perform({ ...ctx, firstAttempts: first, ...(carry ? { carry } : {}) }, c)),
    );
    const done: string[] = [];
    let rethrow: unknown;
    outcomes.forEach((o, i) => {
      const c = batch[i] as Command;
      if (o.status === 'fulfilled') return done.push(...c.key.split('+'));
      const kind = classify(o.reason);
      if (kind.kind === 'expected') {
        // Recorded as handled: a repeated event must not report the same problem twice.
        done.push(...c.key.split('+'));
        result.failures.push({ command: c, code: kind.code, message: kind.message });
      } else rethrow ??= o.reason;
    });
    if (done.length > 0) {
      result.applied.push(...done);
      await record(done);
    }
    if (rethrow !== undefined)
      throw rethrow instanceof Error ? rethrow : new Error('a command failed', { cause: rethrow });
  }
  result.carried = carry?.carried === true;
  return result;
}
