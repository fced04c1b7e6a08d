/** The playbook format: schema (= the types), validation with paths and codes, YAML reading, schema upgrades. */
export { playbookSchema, CURRENT_SCHEMA_VERSION, playbookIntakeFieldSchema } from './schema/playbook';
export type { Playbook, PlaybookInput } from './schema/playbook';
export type {
  Step,
  ActionStep,
  WaitStep,
  ApprovalStep,
  WaitFor,
  TaskStep,
  DecisionStep,
  SignoffStep,
  ReviewStep,
  RecurringStep,
  StepSla,
  DateStep,
} from './schema/steps';
export type { Flow, Lookup } from './schema/lifecycle';
export { LOOKUP_READS } from './schema/lifecycle';
export type { Condition, ConditionAtom } from './schema/condition';
export { conditionSchema, evaluateCondition, conditionVariables } from './schema/condition';
export type { SignoffParty } from './schema/kinds';
export { stepSchema, STEP_KINDS } from './schema/steps';
export type { Action } from './schema/actions';
export { actionSchema, ACTION_KINDS } from './schema/actions';
export type { MatchSpec, SummaryPattern } from './schema/match';
export { DEFAULT_SUBJECT_PREFIXES } from './schema/match';
export type { RoleSpec } from './schema/roles';
export type { IssueRefSpec } from './schema/common';
export { durationMs } from './schema/common';
export type { LocalizedText, TextLanguage } from './schema/localized';
export { textIn, TEXT_LANGUAGES } from './schema/localized';
export type { PlaybookError } from './errors';
export { validatePlaybook } from './validate';
export type { ValidationResult } from './validate';
export { parsePlaybookYaml } from './yaml';
export type { PlaybookYamlError, YamlResult } from './yaml';
export { upgradePlaybookDocument, MIGRATIONS } from './upgrade';
export { compileSummaryRegex, safeRegexProblem } from './graph';
export { TEMPLATE_GLOBALS } from './cross-checks';
export { BUILTIN_PLAYBOOK_SOURCES, loadBuiltinPlaybooks } from './builtins';
export { BUILTIN_PLAYBOOK_HISTORY, builtinVersionSource, loadBuiltinHistory } from './builtins';
export type { BuiltinResult } from './builtins';
