// The site's state with its lookups, events and log. Every route reads and writes through one Store.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import type { Clock, SiteEvent, SiteEventListener } from '../contracts';
import type { Issue, Project, SiteData, SiteUser, Workflow } from './model';
import { seedSite } from './seed';

export interface LogEntry {
  n: number;
  at: string;
  kind: 'rest' | 'event' | 'control';
  method?: string;
  path?: string;
  status?: number;
  actor?: string;
  event?: SiteEvent;
  note?: string;
  /** 'event-payload': a read the local Forge runtime made to build an event payload, not a call of the app. */
  purpose?: 'event-payload';
}

export class Store {
  data: SiteData;
  private listeners = new Set<SiteEventListener>();
  private logEntries: LogEntry[] = [];
  private logCounter = 0;

  constructor(
    readonly clock: Clock,
    private readonly stateFile?: string,
  ) {
    this.data =
      stateFile && existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as SiteData) : seedSite();
  }

  now(): string {
    return this.clock.now().toISOString();
  }

  nextId(): string {
    this.data.counter += 1;
    return String(this.data.counter);
  }

  reset(): void {
    this.data = seedSite();
    this.logEntries = [];
    this.save();
  }

  save(): void {
    if (this.stateFile) writeFileSync(this.stateFile, JSON.stringify(this.data));
  }

  // --- events and log
  onEvent(listener: SiteEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: Omit<SiteEvent, 'id' | 'at'>): SiteEvent {
    const full: SiteEvent = { id: `site-event-${this.nextId()}`, at: this.now(), ...event };
    this.log({ kind: 'event', event: full });
    // A subscriber's failure is its own: the change already happened on the site, as on Jira.
    for (const listener of [...this.listeners]) {
      try {
        listener(full);
      } catch (e) {
        this.log({
          kind: 'event',
          event: full,
          note: `listener failed: ${e instanceof Error ? e.message : String(e)}`,
        });
      }
    }
    return full;
  }

  log(entry: Omit<LogEntry, 'n' | 'at'>): void {
    this.logCounter += 1;
    this.logEntries.push({ n: this.logCounter, at: this.now(), ...entry });
  }

  logSince(since: number): LogEntry[] {
    return this.logEntries.filter((e) => e.n > since);
  }

  // --- lookups
  user(accountId: string | null | undefined): SiteUser | undefined {
    return accountId ? this.data.users.find((u) => u.accountId === accountId) : undefined;
  }

  userByEmail(email: string): SiteUser | undefined {
    const e = email.trim().toLowerCase();
    return this.data.users.find((u) => u.emailAddress.toLowerCase() === e && e !== '');
  }

  project(idOrKey: string): Project | undefined {
    return this.data.projects.find((p) => p.key === idOrKey.toUpperCase() || p.id === idOrKey);
  }

  issue(idOrKey: string): Issue | undefined {
    const k = idOrKey.toUpperCase();
    return this.data.issues.find((i) => i.id === idOrKey || i.key === k);
  }

  issueById(id: string): Issue {
    const issue = this.data.issues.find((i) => i.id === id);
    if (!issue) throw new Error(`no issue ${id}`);
    return issue;
  }

  projectOf(issue: Issue): Project {
    const p = this.project(issue.projectKey);
    if (!p) throw new Error(`no project ${issue.projectKey}`);
    return p;
  }

  workflowOf(issue: Issue): Workflow {
    const wf = this.data.workflows.find((w) => w.id === this.projectOf(issue).workflowId);
    if (!wf) throw new Error('no workflow');
    return wf;
  }

  serviceDeskOf(project: Project) {
    return this.data.serviceDesks.find((s) => s.id === project.serviceDeskId);
  }
}
