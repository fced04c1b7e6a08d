/**
 * The playbook's own texts in the panel (step names and lanes, decision questions and option labels, checklist items,
 * sign-off parties, timeline names) in the viewer's language when the playbook has it, else in the playbook's.
 * Comments stay in the playbook's language: Jira shows one comment text to everybody, but the panel is each viewer's.
 */
import type { Run } from '../domain/engine';
import { textIn, type LocalizedText, type Playbook, type Step, type TextLanguage } from '../domain/playbook';
import type { RunView, StepView } from '../shared/contracts';
import { fillVariables } from './panel-steps';

/** Forge's locale (`nb-NO`, `no_NO`, `nn-NO`, `en-GB`...) as a playbook language; the panel's words follow the same rule. */
export function viewerLanguage(locale: string | undefined): TextLanguage | undefined {
  if (locale === undefined || locale.trim() === '') return undefined;
  return /^(nb|nn|no)([-_]|$)/i.test(locale.trim()) ? 'nb' : 'en';
}

/** The caller's locale from a resolver's context (the UI's `view.getContext()` sends it along). */
export function localeOfContext(context: unknown): string | undefined {
  const locale = (context as { locale?: unknown } | undefined)?.locale;
  return typeof locale === 'string' ? locale : undefined;
}

function localizeStep(view: StepView, step: Step, run: Run, say: (t: LocalizedText) => string): StepView {
  const out: StepView = { ...view };
  if (step.name !== undefined) out.name = say(step.name);
  if (view.lane !== undefined) out.lane = say(step.lane);
  if (step.kind === 'decision' && view.options) {
    out.question = fillVariables(say(step.question), run);
    out.options = view.options.map((o) => {
      const label = step.options.find((x) => x.value === o.value)?.label;
      return label === undefined ? o : { ...o, label: say(label) };
    });
  }
  if (step.kind === 'task' && view.checklist) {
    const items = new Map(step.checklist.map((c) => [c.id, c]));
    out.checklist = view.checklist.map((c) => {
      const item = items.get(c.id);
      if (item === undefined) return c;
      return { ...c, text: say(item.text), ...(item.lane === undefined ? {} : { lane: say(item.lane) }) };
    });
  }
  if (step.kind === 'signoff' && view.parties) {
    const names = new Map(step.parties.map((p) => [p.id, p.name]));
    out.parties = view.parties.map((p) => {
      const name = names.get(p.id);
      return name === undefined ? p : { ...p, name: say(name) };
    });
  }
  return out;
}

/** `view` with the playbook's texts in `locale`'s language (missing variants: the playbook's language). */
export function localizeRunView(
  run: Run,
  playbook: Playbook | undefined,
  locale: string | undefined,
  view: RunView,
): RunView {
  if (!playbook) return view;
  const own = playbook.language ?? 'en';
  const lang = viewerLanguage(locale) ?? own;
  const say = (t: LocalizedText): string => textIn(t, lang, own);
  const byId = new Map(playbook.steps.map((s) => [s.id, s]));
  const nameOf = (id: string, fallback: string): string => {
    const name = byId.get(id)?.name;
    return name === undefined ? fallback : say(name);
  };
  const steps = view.steps.map((v) => {
    const step = byId.get(v.id);
    return step ? localizeStep(v, step, run, say) : v;
  });
  const views = new Map(steps.map((s) => [s.id, s]));
  return {
    ...view,
    steps,
    // Waiting on a person stays their name; waiting on a lane says the lane in the viewer's language.
    ...(view.waitingOn
      ? {
          waitingOn: view.waitingOn.map((w) => {
            const s = views.get(w.stepId);
            return s?.owner === undefined && s?.lane !== undefined ? { ...w, who: s.lane } : w;
          }),
        }
      : {}),
    ...(view.timeline
      ? {
          timeline: view.timeline.map((w) => ({
            ...w,
            items: w.items.map((i) => ({ ...i, name: nameOf(i.stepId, i.name) })),
          })),
        }
      : {}),
  };
}
