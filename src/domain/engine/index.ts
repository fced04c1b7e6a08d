/** The engine: decide() and the matchers the shell calls before it, with the data they exchange. */
export { decide } from './decide';
export type { DecideContext, Decision, TraceEntry } from './session';
export { matchPlaybook, matchAnswerTicket } from './match';
export type { PlaybookMatch, AnswerTicketMatch } from './match';
export { engineEventSchema, issueSnapshotSchema, PANEL_ACTIONS } from './events';
export type { EngineEvent, EngineEventInput, IssueSnapshot } from './events';
export { runSchema, needsAttention } from './model';
export type {
  Run,
  StepState,
  ApprovalState,
  Answer,
  Attention,
  TrackedIssue,
  Completion,
  SignoffRecord,
  SlaRecord,
  Reschedule,
} from './model';
export type { Command, CommandBody, IssueRef, Segment, RunSummary } from './commands';
export type { RegistryChange } from './commands';
export { registriesSchema, applyRegistryChange, EMPTY_REGISTRIES } from './registries';
export type { Registries, RegistryPartner } from './registries';
export { textOf } from './commands';
export { runIdFor } from './start';
export { peopleNudged } from './availability';
export { readAnswer } from './words';
export { previewDeferral } from './defer';
export type { DeferralMove, DeferralPreview, DeferralRefusal } from './defer';
export { previewRecurrenceChange } from './recurrence-change';
export type { RecurrencePreview } from './recurrence-change';
export { timeline } from './timeline';
export type {
  Timeline,
  TimelineNow,
  TimelineWeek,
  TimelineItem,
  TimelineItemType,
  TimelineItemStatus,
} from './timeline';
export { plannedDates, timelineStart } from './plan';
