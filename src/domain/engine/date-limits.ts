/**
 * Date steps and date waits (S2's review date): a date set on the ticket or in the panel must lie within the step's
 * limit (at most 6 months ahead). A later date set on the ticket is set back with an internal note saying why; the
 * panel refuses it. A `date` wait counts down to the field's date, so the scheduler finds the reminder (nextDueAt).
 */
import { DateTime } from 'luxon';
import { parseDate } from '../intake';
import type { DateStep, Playbook, WaitStep } from '../playbook';
import { DEFAULT_CALENDAR, localDate } from '../schedule';
import type { EngineEvent } from './events';
import { fieldValue } from './inputs';
import { byWhom, markDone, whoOf } from './manual';
import type { StepState } from './model';
import { internalNote } from './render';
import type { Session } from './session';

type Panel = Extract<EngineEvent, { type: 'panelAction' }>;
type DateWait = Extract<WaitStep['for'], { kind: 'date' }>;

const TEXTS = {
  en: {
    reverted: (field: string, value: string, why: string, back: string | undefined) =>
      `${field} ${value} was not accepted: ${why}. It was set back to ${back ?? 'empty'}; please choose a date within the limit.`,
    tooFar: (max: string, limit: string) => `it is more than ${limit} ahead (the latest allowed today is ${max})`,
    past: (today: string) => `it is in the past (today is ${today})`,
    notDate: (raw: string) => `'${raw}' is not a date`,
    units: { months: 'month(s)', weeks: 'week(s)', days: 'day(s)' },
  },
  nb: {
    reverted: (field: string, value: string, why: string, back: string | undefined) =>
      `${field} ${value} ble ikke godtatt: ${why}. Den ble satt tilbake til ${back ?? 'tom'}; velg en dato innenfor grensen.`,
    tooFar: (max: string, limit: string) => `den er mer enn ${limit} frem i tid (seneste tillatte i dag er ${max})`,
    past: (today: string) => `den er i fortiden (i dag er ${today})`,
    notDate: (raw: string) => `'${raw}' er ikke en dato`,
    units: { months: 'måned(er)', weeks: 'uke(r)', days: 'dag(er)' },
  },
};

const texts = (pb: Playbook) => TEXTS[pb.language ?? 'en'];

/** A field value as YYYY-MM-DD (Jira writes dates as such; other spellings are read like intake dates). */
export function asDate(raw: string | null | undefined): string | undefined {
  if (raw === null || raw === undefined || raw.trim() === '') return undefined;
  const head = /^\d{4}-\d{2}-\d{2}/.exec(raw.trim())?.[0];
  if (head !== undefined) return head;
  const r = parseDate(raw);
  return r.ok ? r.value : undefined;
}

function limitText(step: DateStep, units: (typeof TEXTS)['en']['units']): string {
  const m = step.maxAhead;
  if (!m) return '';
  if (m.months !== undefined) return `${m.months} ${units.months}`;
  if (m.weeks !== undefined) return `${m.weeks} ${units.weeks}`;
  return `${m.days ?? 0} ${units.days}`;
}

/** Why `date` is refused for this step today (undefined: it is within the limit). */
export function dateProblem(s: Session, step: DateStep, date: string): string | undefined {
  const t = texts(s.playbook);
  const today = localDate(s.playbook.calendar ?? DEFAULT_CALENDAR, s.nowIso);
  if (step.notPast && date < today) return t.past(today);
  const m = step.maxAhead;
  if (!m) return undefined;
  const max = DateTime.fromISO(today, { zone: 'UTC' })
    .plus({ months: m.months ?? 0, weeks: m.weeks ?? 0, days: m.days ?? 0 })
    .toISODate();
  return max !== null && date > max ? t.tooFar(max, limitText(step, t.units)) : undefined;
}

function accept(s: Session, step: DateStep, state: StepState, date: string, why: string): void {
  state.date = date;
  s.note('date.accepted', `${step.field} is ${date}: ${why}`, step.id);
  if (state.status === 'active') markDone(s, step, `${step.field} is set to ${date}`);
}

function dateSteps(s: Session): { step: DateStep; state: StepState }[] {
  return s.playbook.steps.flatMap((step) => {
    const state = s.run.steps[step.id];
    return step.kind === 'date' && (state?.status === 'active' || state?.status === 'done') && !state.skipped
      ? [{ step, state }]
      : [];
  });
}

/** A date step starts: a date already on the ticket counts if it is within the limit, else it is cleared. */
export function startDateStep(s: Session, step: DateStep): void {
  const state = s.run.steps[step.id];
  const raw = fieldValue(s.run.issue.fields, step.field);
  if (!state || raw === undefined) return;
  checkChange(s, step, state, raw, undefined);
}

function checkChange(s: Session, step: DateStep, state: StepState, raw: string, from: string | undefined): void {
  const date = asDate(raw);
  const problem = date === undefined ? texts(s.playbook).notDate(raw) : dateProblem(s, step, date);
  if (problem === undefined && date !== undefined) return accept(s, step, state, date, 'within the limit');
  const back = from !== undefined && dateProblem(s, step, from) === undefined ? from : state.date;
  const key = Object.keys(s.run.issue.fields).find((k) => k.toLowerCase() === step.field.toLowerCase()) ?? step.field;
  if (back === undefined) delete s.run.issue.fields[key];
  else s.run.issue.fields[key] = back;
  s.emit(
    `${step.id}/revert-${s.event.id}`,
    [
      { type: 'setFields', issue: s.thisIssue, selects: [], dates: [{ fieldName: step.field, value: back ?? null }] },
      internalNote(s, texts(s.playbook).reverted(step.field, date ?? raw, problem ?? '', back)),
    ],
    step.id,
  );
  s.note('date.reverted', `${step.field} ${raw} set back to ${back ?? 'empty'}: ${problem ?? ''}`, step.id);
}

/** The run's own ticket changed: date fields watched by a started date step are checked against their limits. */
export function onDateFieldsChanged(s: Session, e: Extract<EngineEvent, { type: 'ticketUpdated' }>): void {
  if (e.issue.key !== s.run.issueKey) return;
  for (const { step, state } of dateSteps(s)) {
    const item = e.items.find((i) => i.field.trim().toLowerCase() === step.field.trim().toLowerCase());
    if (!item) continue;
    if (item.to === null || item.to.trim() === '') {
      s.note('date.cleared', `${step.field} was cleared`, step.id);
      continue;
    }
    checkChange(s, step, state, item.to, asDate(item.from));
  }
}

/** Panel `setDate` (value YYYY-MM-DD): refused outside the limit (nothing changes), else written to the ticket. */
export function onSetDate(s: Session, e: Panel): void {
  const step = s.playbook.steps.find((x): x is DateStep => x.kind === 'date' && x.id === e.stepId);
  const state = step ? s.run.steps[step.id] : undefined;
  if (!step || !state || (state.status !== 'active' && state.status !== 'done') || state.skipped)
    return s.note('panel.no-such-step', `setDate: no started date step '${e.stepId ?? ''}'`);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(e.value?.trim() ?? '') ? asDate(e.value) : undefined;
  if (date === undefined)
    return s.note('date.invalid', `setDate needs the date as YYYY-MM-DD, not '${e.value ?? ''}'`, step.id);
  const problem = dateProblem(s, step, date);
  if (problem !== undefined) return s.note('date.refused', `${step.field} ${date} refused: ${problem}`, step.id);
  s.run.issue.fields[step.field] = date;
  s.emit(
    `${step.id}/set-${e.id}`,
    [{ type: 'setFields', issue: s.thisIssue, selects: [], dates: [{ fieldName: step.field, value: date }] }],
    step.id,
  );
  const rec = byWhom(e, s);
  state.completion = rec;
  accept(s, step, state, date, `set by ${whoOf(e)} in the panel`);
}

/** A date wait: met once the field's date (at `at` in the calendar's zone) has come; keeps waitUntil for the scheduler. */
export function dateWaitMet(s: Session, state: StepState, wait: DateWait): string | undefined {
  const date = asDate(fieldValue(s.run.issue.fields, wait.field));
  if (date === undefined) {
    delete state.waitUntil;
    return undefined;
  }
  const zone = (s.playbook.calendar ?? DEFAULT_CALENDAR).timeZone;
  const until = DateTime.fromISO(`${date}T${wait.at}`, { zone }).toUTC().toISO();
  if (until === null) return undefined;
  state.waitUntil = until;
  return until <= s.nowIso ? `${wait.field} ${date} has come` : undefined;
}
