/**
 * Step actions from the panel (completeStep, decide, signOff, waive, checkItem, flag): the engine refuses them by
 * leaving the run unchanged with a trace code; these are the codes that mean "refused", so the panel can say so.
 */
import type { TraceEntry } from '../domain/engine';

const REFUSALS = new Set([
  'panel.no-such-step',
  'task.not-allowed',
  'task.evidence-missing',
  'task.checklist-open',
  'task.no-such-item',
  'decision.not-allowed',
  'decision.unknown-option',
  'signoff.no-such-party',
  'signoff.already',
  'signoff.not-allowed',
  'signoff.evidence-missing',
  'signoff.not-waivable',
  'signoff.reason-missing',
  'review.not-allowed',
  'review.reason-missing',
  'date.refused',
  'date.invalid',
  'run.inactive',
]);

export const STEP_ACTIONS = new Set([
  'completeStep',
  'decide',
  'signOff',
  'waive',
  'checkItem',
  'flag',
  'defer',
  'changeRecurrence',
  'setDate',
]);

/** Deferral and recurrence refusals are the preview's code under `defer.` / `recurrence.`; these two are success. */
const APPLIED = new Set(['defer.applied', 'recurrence.changed']);
const isRefusal = (code: string): boolean =>
  REFUSALS.has(code) || ((code.startsWith('defer.') || code.startsWith('recurrence.')) && !APPLIED.has(code));

export interface Refusal {
  reason: string;
  message: string;
}

/** The engine's refusal of a step action, if its trace holds one. */
export function refusalOf(action: string, trace: readonly TraceEntry[]): Refusal | undefined {
  if (!STEP_ACTIONS.has(action)) return undefined;
  const hit = trace.find((t) => isRefusal(t.code));
  return hit ? { reason: hit.code, message: hit.message } : undefined;
}
