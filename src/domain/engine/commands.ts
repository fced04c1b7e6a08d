/**
 * Commands are data the shell performs, in order. They name things (statuses, request types, organizations) rather
 * than ids: the shell resolves names on the site. Every command has a key that is the same when the same event is
 * decided again, so the shell's ledger can skip what was already applied.
 */

/** A ticket by key, or "the ticket linked to `of` in `project`" when the run has not seen its key yet. */
export type IssueRef = { key: string } | { linkedInProject: string; of: string };

export type Segment = { type: 'text'; text: string } | { type: 'mention'; accountId: string; name: string };

export type CommandBody =
  | {
      type: 'setFields';
      issue: IssueRef;
      organization?: { name: string; createIfMissing: boolean };
      requestTypeName?: string;
      selects: { fieldName: string; option: string }[];
      reporter?: { accountId: string } | { email: string };
      /** Date fields by name, as YYYY-MM-DD; null clears the field. */
      dates?: { fieldName: string; value: string | null }[];
    }
  | { type: 'addWatcher'; issue: IssueRef; accountId: string }
  /** Queue hand-offs: accountId null puts the ticket back in the unassigned queue. */
  | { type: 'assign'; issue: IssueRef; accountId: string | null }
  | { type: 'addParticipants'; issue: IssueRef; emails: string[] }
  | { type: 'comment'; issue: IssueRef; visibility: 'internal' | 'public'; body: Segment[] }
  | { type: 'transition'; issue: IssueRef; toStatus: string; resolution?: string }
  /** `inward` is the issue that <type>s the other: for Duplicate, the ticket that duplicates `outward`. */
  | { type: 'link'; linkType: string; inward: IssueRef; outward: IssueRef }
  | {
      type: 'createIssue';
      project: string;
      issueType: string;
      requestTypeName?: string;
      summary: string;
      description?: string;
      link?: { type: string; direction: 'inward' | 'outward'; to: IssueRef };
      /** Raised for this person (set at creation, so JSM's portal shows it to them), and in this organization. */
      reporter?: { accountId: string } | { email: string };
      organization?: { name: string; createIfMissing: boolean };
    }
  | { type: 'setProperty'; issue: IssueRef; property: string; value: unknown }
  | { type: 'slack'; text: string; mention: string }
  | { type: 'setRunSummary'; issue: IssueRef; summary: RunSummary }
  /** A change to the app's partner/service registry (storage, not Jira). */
  | { type: 'updateRegistry'; change: RegistryChange };

export type RegistryChange =
  | { op: 'setPartner'; partner: string; onCrm?: boolean }
  | { op: 'addService'; partner: string; service: string; shared: boolean }
  | { op: 'removeService'; partner: string; service: string }
  | { op: 'removePartner'; partner: string };

export type Command = CommandBody & { key: string; stepId?: string };

/** What the indexed issue property mirrors: no stage (it changes on every step; the pages read the stored run). */
export interface RunSummary {
  runId: string;
  playbookId: string;
  playbookVersion: number;
  state: string;
  needsAttention: boolean;
  attention: string[];
  nextDueAt?: string;
}

export function textOf(body: readonly Segment[]): string {
  return body.map((s) => (s.type === 'text' ? s.text : `@${s.name}`)).join('');
}
