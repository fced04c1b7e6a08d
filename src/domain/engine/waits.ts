/** Whether a wait step is met, from what the run has seen of its ticket and of linked tickets. */
import type { WaitFor } from '../playbook';
import type { Run, TrackedIssue } from './model';

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function issuesFor(
  run: Run,
  spec: 'this' | { linked: { project: string } },
): { status?: string | undefined; fields: Record<string, string> }[] {
  if (spec === 'this') return [run.issue];
  return run.links.filter((l) => same(l.project, spec.linked.project));
}

/** The tracked ticket (or the run's own) that meets the wait, described for the trace; undefined when unmet. */
export function waitMet(run: Run, wait: WaitFor): string | undefined {
  switch (wait.kind) {
    case 'linkedIssue': {
      const hit: TrackedIssue | undefined = run.links.find(
        (l) => same(l.project, wait.project) && (wait.linkType === undefined || same(l.linkType ?? '', wait.linkType)),
      );
      return hit ? `${hit.key} is linked (${hit.linkType ?? 'link'})` : undefined;
    }
    case 'status': {
      const hit = issuesFor(run, wait.issue).find(
        (i) => i.status !== undefined && wait.is.some((st) => same(st, i.status ?? '')),
      );
      return hit ? `status is ${hit.status}` : undefined;
    }
    case 'field': {
      const hit = issuesFor(run, wait.issue).find(
        (i) => i.fields[wait.field] !== undefined && same(i.fields[wait.field] ?? '', wait.equals),
      );
      return hit ? `${wait.field} is ${wait.equals}` : undefined;
    }
    case 'time':
    case 'date':
      return undefined; // decided by the clock in advance.ts
  }
}
