/**
 * What a run left on the site, in a form two runs of the same script can be compared by: per issue its status,
 * resolution, the app's comments, watchers, links and the app's transitions; the customer outbox; Slack.
 */
import { APP_ACCOUNT_ID } from '../../local/contracts';
import { isInternal } from '../../local/site/comments-core';
import type { SoakStack } from './stack';

export interface IssuePrint {
  status: string;
  resolution: string | null;
  /** The app's comments in order, as plain text, each prefixed "internal:" or "public:". */
  appComments: string[];
  watchers: string[];
  /** "<type> <inward> -> <outward>" for each link touching the issue. */
  links: string[];
  /** The app's transitions of the issue that Jira carried out. */
  appTransitions: number;
}

export interface Fingerprint {
  issues: Record<string, IssuePrint>;
  /** "<kind> <issue> to <email>: <text>" */
  outbox: string[];
  slack: string[];
}

export function plainText(node: unknown): string {
  if (node === null || typeof node !== 'object') return '';
  const n = node as { type?: string; text?: string; attrs?: { text?: string }; content?: unknown[] };
  if (n.type === 'text') return n.text ?? '';
  if (n.type === 'mention') return n.attrs?.text ?? '';
  if (n.type === 'hardBreak') return '\n';
  const inner = (n.content ?? []).map(plainText).join('');
  return n.type === 'paragraph' || n.type === 'listItem' ? `${inner}\n` : inner;
}

const TRANSITION = /^\/rest\/api\/3\/issue\/([^/]+)\/transitions$/;

export function fingerprint(stack: SoakStack): Fingerprint {
  const { data } = stack.site.store;
  const keyOf = new Map(data.issues.map((i) => [i.id, i.key]));
  const statusName = new Map(data.workflows.flatMap((w) => w.statuses.map((s) => [s.id, s.name] as const)));
  const resolutionName = new Map(data.resolutions.map((r) => [r.id, r.name]));
  const linkType = new Map(data.linkTypes.map((t) => [t.id, t.name]));
  const transitions = new Map<string, number>();
  for (const e of stack.site.log()) {
    const m = e.kind === 'rest' && e.method === 'POST' && e.status === 204 ? TRANSITION.exec(e.path ?? '') : null;
    if (m?.[1] && e.actor === APP_ACCOUNT_ID) transitions.set(m[1], (transitions.get(m[1]) ?? 0) + 1);
  }
  const issues: Record<string, IssuePrint> = {};
  for (const issue of data.issues) {
    issues[issue.key] = {
      status: statusName.get(issue.statusId) ?? issue.statusId,
      resolution: issue.resolutionId ? (resolutionName.get(issue.resolutionId) ?? issue.resolutionId) : null,
      appComments: data.comments
        .filter((c) => c.issueId === issue.id && c.author === APP_ACCOUNT_ID)
        .map((c) => `${isInternal(c) ? 'internal' : 'public'}: ${plainText(c.body).trim()}`),
      // Watchers are added concurrently: their order carries no meaning.
      watchers: [...issue.watchers].sort(),
      links: data.links
        .filter((l) => l.inwardIssueId === issue.id || l.outwardIssueId === issue.id)
        .map(
          (l) =>
            `${linkType.get(l.typeId) ?? l.typeId} ${keyOf.get(l.inwardIssueId)} -> ${keyOf.get(l.outwardIssueId)}`,
        )
        .sort(),
      appTransitions: (transitions.get(issue.key) ?? 0) + (transitions.get(issue.id) ?? 0),
    };
  }
  return {
    issues,
    outbox: data.outbox.map((m) => `${m.kind} ${m.issueKey} to ${m.to}: ${m.text}`),
    slack: stack.slack.messages.map((m) => m.text),
  };
}

/** Where `actual` differs from `expected`, one line each (empty: the same). */
export function differences(expected: Fingerprint, actual: Fingerprint): string[] {
  const out: string[] = [];
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  for (const key of new Set([...Object.keys(expected.issues), ...Object.keys(actual.issues)])) {
    const e = expected.issues[key];
    const a = actual.issues[key];
    if (!e || !a) {
      out.push(`${key}: ${e ? 'missing' : 'not in the fault-free run'}`);
      continue;
    }
    for (const field of Object.keys(e) as (keyof IssuePrint)[])
      if (!same(e[field], a[field]))
        out.push(`${key} ${field}: expected ${JSON.stringify(e[field])}, got ${JSON.stringify(a[field])}`);
  }
  if (!same(expected.outbox, actual.outbox))
    out.push(
      `outbox: expected ${expected.outbox.length} messages, got ${actual.outbox.length}: ${JSON.stringify(actual.outbox)}`,
    );
  if (!same(expected.slack, actual.slack))
    out.push(`slack: expected ${JSON.stringify(expected.slack)}, got ${JSON.stringify(actual.slack)}`);
  return out;
}
