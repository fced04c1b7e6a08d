/** What the panel needs of a step to act on it: checklist, options, parties, reviews, recurrence and SLA. */
import type { Run, StepState } from '../domain/engine';
import { textIn, type Step } from '../domain/playbook';
import type { StepView } from '../shared/contracts';

type Details = Omit<Partial<StepView>, 'id' | 'status'>;

const personName = (run: Run, accountId: string, byName?: string): string =>
  byName ?? Object.values(run.roles).find((p) => p.accountId === accountId)?.displayName ?? accountId;

function byWhom(
  run: Run,
  r: { byAccountId: string; byName?: string | undefined; at: string; note?: string | undefined },
) {
  return { by: personName(run, r.byAccountId, r.byName), at: r.at, ...(r.note ? { note: r.note } : {}) };
}

/** `{{ name }}` filled from the run's variables; anything else stays as written (the engine renders the real text). */
export function fillVariables(text: string, run: Run): string {
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
    const v = name === 'issue.key' ? run.issueKey : run.variables[name];
    return v === undefined ? whole : String(v);
  });
}

function kindDetails(run: Run, step: Step, state: StepState): Details {
  switch (step.kind) {
    case 'task':
      return {
        evidence: step.evidence,
        ...(step.checklist.length > 0
          ? {
              checklist: step.checklist.map((c) => ({
                id: c.id,
                // English first, like decisions; buildRunView puts them in the viewer's language (panel-texts.ts).
                text: textIn(c.text, 'en'),
                ...(c.lane ? { lane: textIn(c.lane, 'en') } : {}),
                done: state.checked?.includes(c.id) ?? false,
              })),
            }
          : {}),
      };
    case 'decision':
      return {
        // English first; buildRunView puts them in the viewer's language (panel-texts.ts).
        question: fillVariables(textIn(step.question, 'en'), run),
        options: step.options.map((o) => ({ value: o.value, ...(o.label ? { label: textIn(o.label, 'en') } : {}) })),
      };
    case 'signoff':
      return {
        parties: step.parties.map((p) => {
          const signed = state.signoffs?.[p.id];
          return {
            id: p.id,
            name: textIn(p.name, 'en'),
            required: p.required,
            waivable: p.waivable,
            people: p.roles.flatMap((r) => [run.roles[r]?.displayName ?? r]),
            byReporterComment: p.reporterComment !== undefined,
            agentRecord: p.agentRecord !== undefined,
            ...(signed ? { signed: { ...byWhom(run, signed), how: signed.how } } : {}),
          };
        }),
      };
    case 'review':
      return {
        reviewOf: step.of,
        ...(state.flags?.length ? { flags: state.flags.map((f) => ({ ...byWhom(run, f), reason: f.reason })) } : {}),
      };
    case 'recurring':
      return {
        recurrence: {
          rule: state.rruleOverride ?? step.recurrence.rule,
          occurrences: state.occurrences ?? [],
          done: state.occurrencesDone ?? 0,
        },
      };
    case 'date':
      return state.date ? { date: state.date } : {};
    default:
      return {};
  }
}

export function stepDetails(run: Run, step: Step | undefined, state: StepState): Details {
  if (!step) return {};
  const sla = state.sla;
  return {
    ...kindDetails(run, step, state),
    ...(state.completion
      ? {
          completion: {
            ...byWhom(run, state.completion),
            ...(state.completion.value ? { value: state.completion.value } : {}),
          },
        }
      : {}),
    ...(sla
      ? {
          sla: {
            state: sla.state,
            dueAt: sla.dueAt,
            warnAt: sla.warnAt,
            ...(sla.breachedAt ? { breachedAt: sla.breachedAt } : {}),
          },
        }
      : {}),
    readiness: step.readiness,
  };
}
