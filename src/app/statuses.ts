/**
 * Issue statuses (and types) this invocation has read or set. A transition first reads the issue's status (so a
 * repeated command sends nothing); within one invocation, a status the app just read or moved the issue to answers
 * that instead. Never kept across invocations: another person may move the ticket in between. The issue type picks
 * the workflow, so with it a transition found in an earlier invocation can be used again (src/app/names.ts).
 */
export class IssueStatuses {
  private readonly known = new Map<string, string>();
  private readonly types = new Map<string, string>();

  get(issueKey: string): string | undefined {
    return this.known.get(issueKey);
  }

  set(issueKey: string, status: string): void {
    this.known.set(issueKey, status);
  }

  issueType(issueKey: string): string | undefined {
    return this.types.get(issueKey);
  }

  setIssueType(issueKey: string, issueType: string): void {
    this.types.set(issueKey, issueType);
  }
}
