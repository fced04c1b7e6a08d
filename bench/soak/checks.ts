/** The soak's invariants over one finished run: faults seen, duplicates, customer messages, lost events. */
import { APP_ACCOUNT_ID } from '../../local/contracts';
import { isInternal } from '../../local/site/comments-core';
import { plainText, type Fingerprint } from './fingerprint';
import type { SoakStack } from './stack';

export const FAULT_KINDS = ['429', '5xx', 'timeout', 'mid-decision 429', 'duplicated', 'reordered'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
export type FaultCounts = Record<FaultKind, number>;

export interface Duplicates {
  comments: number;
  watchers: number;
  links: number;
  transitions: number;
}

/** Faults injected into this run: Jira answers (the app's and the people's calls) and event deliveries. */
export function faultsSeen(stack: SoakStack): Omit<FaultCounts, 'mid-decision 429'> {
  const rest = stack.site.log().filter((e) => e.kind === 'rest' && e.purpose !== 'event-payload');
  const delivered = stack.runtime.log().filter((l) => l.kind === 'event');
  const firstSeen = new Map<string, number>();
  for (const l of delivered) if (!firstSeen.has(l.detail ?? '')) firstSeen.set(l.detail ?? '', firstSeen.size);
  const emitted = stack.events.map((e) => `${e.type} ${e.id}`);
  // An event delivered after one the site published later was overtaken: it was reordered.
  let highest = -1;
  let reordered = 0;
  for (const detail of firstSeen.keys()) {
    const i = emitted.indexOf(detail);
    if (i < highest) reordered += 1;
    highest = Math.max(highest, i);
  }
  return {
    '429': rest.filter((e) => e.status === 429).length,
    '5xx': rest.filter((e) => (e.status ?? 0) >= 500).length,
    timeout: rest.filter((e) => e.note === 'timeout (injected)').length,
    duplicated: delivered.length - firstSeen.size,
    reordered,
  };
}

export function duplicates(stack: SoakStack, f: Fingerprint, baseline: Fingerprint): Duplicates {
  const extra = (xs: readonly string[]): number => xs.length - new Set(xs).size;
  const issues = Object.entries(f.issues);
  const links = stack.site.store.data.links.map((l) => `${l.typeId} ${l.inwardIssueId} ${l.outwardIssueId}`);
  return {
    // The same text twice is a duplicate whatever the visibility of each copy.
    comments: issues.reduce((n, [, i]) => n + extra(i.appComments.map((c) => c.replace(/^\w+: /, ''))), 0),
    watchers: issues.reduce((n, [, i]) => n + extra(i.watchers), 0),
    links: extra(links),
    transitions: issues.reduce(
      (n, [key, i]) => n + Math.max(0, i.appTransitions - (baseline.issues[key]?.appTransitions ?? 0)),
      0,
    ),
  };
}

/**
 * Customer messages (the outbox) the app caused that the playbook does not declare, and declared ones that did not
 * arrive exactly once. A customer's own request receipt and what people wrote publicly are not the app's.
 */
export function customerMessages(stack: SoakStack, declared: readonly RegExp[]): string[] {
  const { data } = stack.site.store;
  const byPeople = new Set(
    data.comments.filter((c) => c.author !== APP_ACCOUNT_ID && !isInternal(c)).map((c) => plainText(c.body).trim()),
  );
  const fromApp = data.outbox.filter((m) => m.kind === 'public-comment' && !byPeople.has(m.text.trim()));
  const out = fromApp
    .filter((m) => !declared.some((d) => d.test(m.text)))
    .map((m) => `undeclared customer message to ${m.to} on ${m.issueKey}: ${m.text.slice(0, 120)}`);
  for (const d of declared) {
    const n = fromApp.filter((m) => d.test(m.text)).length;
    if (n !== 1) out.push(`declared customer message ${String(d)} sent ${n} times, expected once`);
  }
  return out;
}

/**
 * Events the app never finished: a product event no delivery of which succeeded (a handler that pushed the event
 * to the run-work queue succeeded), and a queue job whose last attempt failed (no retry is left after settling).
 */
export function lostEvents(stack: SoakStack): string[] {
  const out: string[] = [];
  const log = stack.runtime.log();
  for (const e of stack.events) {
    const detail = `${e.type} ${e.id}`;
    const deliveries = log.filter((l) => l.kind === 'event' && l.detail === detail);
    if (deliveries.length === 0) out.push(`${detail}: never delivered`);
    else if (!deliveries.some((l) => l.ok)) out.push(`${detail}: every delivery failed (${deliveries[0]?.error})`);
  }
  const last = new Map<string, { ok: boolean; retryRequested: boolean }>();
  for (const i of stack.invocations) if (i.handler === 'handleRunWork' && i.eventId) last.set(i.eventId, i);
  for (const [id, i] of last) if (!i.ok || i.retryRequested) out.push(`queue job ${id}: failed after its last retry`);
  for (const c of log.filter((l) => l.kind === 'crash')) out.push(`runtime crash: ${c.error}`);
  return out;
}
