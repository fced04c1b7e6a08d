/** The working state of one decision: a draft run, the commands and trace so far, and what they are keyed by. */
import type { Directory } from '../people';
import type { Playbook } from '../playbook';
import type { Command, CommandBody, IssueRef } from './commands';
import type { EngineEvent } from './events';
import type { Attention, Run } from './model';
import type { Registries } from './registries';

export interface DecideContext {
  /** The people directory as the admin left it (a snapshot: the engine reads nothing else). */
  directory: Directory;
  /** The app's own account: events it caused are ignored (hop guard). */
  appAccountId: string;
  /** A Slack webhook is configured: chases also go to Slack. */
  slackConfigured: boolean;
  /** The app's registries (partners and their services, interest lists): a snapshot, like the directory. */
  registries?: Registries;
}

/** One line of the trace: which rule fired (a stable code) and why, in words. */
export interface TraceEntry {
  code: string;
  message: string;
  stepId?: string;
}

export interface Decision {
  run: Run | undefined;
  commands: Command[];
  trace: TraceEntry[];
}

export class Session {
  readonly commands: Command[] = [];
  readonly trace: TraceEntry[] = [];
  readonly nowIso: string;

  constructor(
    readonly playbook: Playbook,
    public run: Run,
    readonly event: EngineEvent,
    readonly now: Date,
    readonly ctx: DecideContext,
  ) {
    this.nowIso = now.toISOString();
  }

  note(code: string, message: string, stepId?: string): void {
    this.trace.push(stepId === undefined ? { code, message } : { code, message, stepId });
  }

  /** Adds commands under one key scope: `<run>/<scope>/<index>`, so a replay yields the same keys. */
  emit(scope: string, bodies: readonly CommandBody[], stepId?: string): void {
    bodies.forEach((body, i) => {
      const key = `${this.run.id}/${scope}/${i}`;
      this.commands.push(stepId === undefined ? { ...body, key } : { ...body, key, stepId });
    });
  }

  attention(code: string, message: string, stepId?: string): void {
    if (this.run.attention.some((a) => a.code === code && a.stepId === stepId && a.message === message)) return;
    const entry: Attention = { code, message, at: this.nowIso };
    if (stepId !== undefined) entry.stepId = stepId;
    this.run.attention.push(entry);
    this.note(`attention.${code}`, message, stepId);
  }

  clearAttention(code: string, stepId?: string): void {
    this.run.attention = this.run.attention.filter((a) => !(a.code === code && a.stepId === stepId));
  }

  get thisIssue(): IssueRef {
    return { key: this.run.issueKey };
  }

  /** The ticket linked in `project`: by key once the run has seen it, else by description for the shell. */
  linkedIn(project: string): IssueRef {
    const known = this.run.links.find((l) => l.project === project);
    return known ? { key: known.key } : { linkedInProject: project, of: this.run.issueKey };
  }
}
