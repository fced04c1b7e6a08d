/** Scheduling, pure: business calendars, due rules, RRULE touchpoints, SLAs and the reschedule cascade. */
export {
  businessCalendarSchema,
  DEFAULT_CALENDAR,
  WEEKDAYS,
  addBusinessDays,
  businessDaysBetween,
  isBusinessDay,
  localDate,
  type BusinessCalendar,
  type Weekday,
} from './calendar';
export { dueRuleSchema, offsetSchema, dueFrom, resolveDueDates, type DueRule, type DueStep, type Offset } from './due';
export { recurrenceSchema, occurrences, type OccurrenceOptions, type Recurrence } from './recurrence';
export { slaSchema, slaState, slaStatus, type Sla, type SlaStateName, type SlaStatus, type SlaTimes } from './sla';
export {
  previewReschedule,
  type CascadeMove,
  type CascadePreview,
  type CascadeProblem,
  type CascadeStep,
} from './cascade';
export { ScheduleError, type Instant, type ScheduleErrorCode } from './time';
