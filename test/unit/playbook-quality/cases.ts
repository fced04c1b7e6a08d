/**
 * Invalid playbooks, each one small edit of S1 (or of the minimal playbook) and the one error it must produce:
 * where (path), which stable code, and words of a message that tells the admin what to fix.
 */
import { DELETE, STEP } from './fixtures';

export interface InvalidCase {
  name: string;
  base?: 'S1' | 'minimal';
  /** [path, new value] edits applied in order; DELETE removes the key. */
  edits: [string, unknown][];
  path: string;
  code: string;
  says: string[];
}

const A = `steps[${STEP.approval}]`;
const CLOSE_COMMENT = `steps[${STEP.close}].actions[1]`;
const WATCHERS = `steps[${STEP.intake}].actions[1]`;
const SET_FIELDS = `steps[${STEP.intake}].actions[0]`;

export const INVALID_CASES: InvalidCase[] = [
  // Wrong types
  { name: 'name is a number', edits: [['name', 42]], path: 'name', code: 'invalid_type', says: ['string', 'number'] },
  { name: 'steps is not a list', edits: [['steps', 'intake']], path: 'steps', code: 'invalid_type', says: ['list'] },
  { name: 'enabled is a word', edits: [['enabled', 'yes']], path: 'enabled', code: 'invalid_type', says: ['boolean'] },
  { name: 'version is 0', edits: [['version', 0]], path: 'version', code: 'too_small', says: ['from 1'] },
  // Missing required
  { name: 'no name', edits: [['name', DELETE]], path: 'name', code: 'required', says: ["'name' is required"] },
  { name: 'no match', edits: [['match', DELETE]], path: 'match', code: 'required', says: ["'match' is required"] },
  {
    name: 'no match.project',
    edits: [['match.project', DELETE]],
    path: 'match.project',
    code: 'required',
    says: ["'project' is required"],
  },
  {
    name: 'approval without approver',
    edits: [[`${A}.approver`, DELETE]],
    path: `${A}.approver`,
    code: 'required',
    says: ["'approver' is required"],
  },
  {
    name: 'no schemaVersion',
    edits: [['schemaVersion', DELETE]],
    path: 'schemaVersion',
    code: 'required',
    says: ['schemaVersion: 1'],
  },
  // Unknown kinds and keys
  {
    name: 'unknown step kind',
    edits: [['steps[0].kind', 'checklist']],
    path: 'steps[0].kind',
    code: 'invalid_choice',
    says: ['action, wait, approval'],
  },
  {
    name: 'unknown action kind',
    edits: [[`${SET_FIELDS}.do`, 'sendEmail']],
    path: `${SET_FIELDS}.do`,
    code: 'invalid_choice',
    says: ['setFields', 'comment', 'transition'],
  },
  {
    name: 'unknown wait kind',
    edits: [[`steps[${STEP.configTicket}].for.kind`, 'email']],
    path: `steps[${STEP.configTicket}].for.kind`,
    code: 'invalid_choice',
    says: ['linkedIssue', 'status'],
  },
  {
    name: 'misspelt key',
    edits: [['steps[0].owner', 'support']],
    path: 'steps[0].owner',
    code: 'unknown_key',
    says: ["'owner'", 'spelling'],
  },
  {
    name: 'role both a person and a lookup',
    edits: [['roles.approver.lookup', { table: 'managers', by: 'installerName' }]],
    path: 'roles.approver.lookup',
    code: 'unknown_key',
    says: ["'lookup'"],
  },
  {
    name: 'step id with spaces',
    edits: [['steps[0].id', 'Intake Step']],
    path: 'steps[0].id',
    code: 'invalid_format',
    says: ['lowercase letters', 'go-live-approval'],
  },
  // Step graph
  {
    name: 'duplicate step id',
    edits: [[`steps[${STEP.waitingForSupport}].id`, 'configured']],
    path: `steps[${STEP.waitingForSupport}].id`,
    code: 'duplicate_id',
    says: ["'configured'", 'unique'],
  },
  {
    name: 'dependsOn an unknown step',
    edits: [[`steps[${STEP.configTicket}].dependsOn`, ['intak']]],
    path: `steps[${STEP.configTicket}].dependsOn[0]`,
    code: 'unknown_step',
    says: ["'intak'", 'intake'],
  },
  {
    name: 'step depends on itself',
    edits: [[`steps[${STEP.configTicket}].dependsOn`, ['config-ticket']]],
    path: `steps[${STEP.configTicket}].dependsOn[0]`,
    code: 'cycle',
    says: ["'config-ticket'", 'itself'],
  },
  {
    name: 'dependency cycle',
    edits: [['steps[0].dependsOn', ['close']]],
    path: 'steps[0].dependsOn',
    code: 'cycle',
    says: ['intake -> close', 'remove one'],
  },
  {
    name: 'due from an unknown step',
    edits: [[`${A}.due.from`, 'configurd']],
    path: `${A}.due.from`,
    code: 'unknown_step',
    says: ["'configurd'", 'start'],
  },
  // Roles
  {
    name: 'unknown approver role',
    edits: [[`${A}.approver`, 'boss']],
    path: `${A}.approver`,
    code: 'unknown_role',
    says: ["'boss'", 'approver, fallbackApprover'],
  },
  {
    name: 'unknown watcher role',
    edits: [[`${WATCHERS}.roles`, ['accountManager', 'boss']]],
    path: `${WATCHERS}.roles[1]`,
    code: 'unknown_role',
    says: ["'boss'"],
  },
  {
    name: 'unknown mention role',
    edits: [[`${CLOSE_COMMENT}.mentions`, ['james']]],
    path: `${CLOSE_COMMENT}.mentions[0]`,
    code: 'unknown_role',
    says: ["'james'", 'completionContact'],
  },
  {
    name: 'unknown excluded sender role',
    edits: [['match.exclude.senderRoles', ['approver', 'ghost']]],
    path: 'match.exclude.senderRoles[1]',
    code: 'unknown_role',
    says: ["'ghost'"],
  },
  {
    name: 'unknown role without any roles declared',
    base: 'minimal',
    edits: [['steps[0].actions[0].mentions', ['boss']]],
    path: 'steps[0].actions[0].mentions[0]',
    code: 'unknown_role',
    says: ["'boss'", 'none yet'],
  },
  {
    name: 'role is its own fallback',
    edits: [['roles.approver.fallback', 'approver']],
    path: 'roles.approver.fallback',
    code: 'cycle',
    says: ['own fallback'],
  },
  {
    name: 'lookup by an unknown variable',
    edits: [['roles.accountManager.lookup.by', 'company']],
    path: 'roles.accountManager.lookup.by',
    code: 'unknown_variable',
    says: ["'company'", 'installerName'],
  },
  {
    name: 'role named in a template is not declared',
    edits: [[`${A}.chase.escalate.text`, '{{ roles.aprover.name }} has not answered.']],
    path: `${A}.chase.escalate.text`,
    code: 'unknown_role',
    says: ["'aprover'"],
  },
  {
    name: 'escalation without a fallback role',
    edits: [[`${A}.fallback`, DELETE]],
    path: `${A}.fallback`,
    code: 'required',
    says: ['fallback'],
  },
  // Templates
  {
    name: 'undeclared template variable',
    edits: [[`${CLOSE_COMMENT}.text`, 'Welcome {{ customerName }}']],
    path: `${CLOSE_COMMENT}.text`,
    code: 'undeclared_variable',
    says: ['customerName', 'add an intake field'],
  },
  {
    name: 'undeclared variable in the approval question',
    edits: [[`${A}.question`, 'May {{ installer }} go live?']],
    path: `${A}.question`,
    code: 'undeclared_variable',
    says: ["'installer'"],
  },
  {
    name: 'output tag not closed',
    edits: [[`${CLOSE_COMMENT}.text`, 'Hello {{ installerName ']],
    path: `${CLOSE_COMMENT}.text`,
    code: 'bad_template',
    says: ['not closed'],
  },
  {
    name: 'block tag not closed',
    edits: [[`${CLOSE_COMMENT}.text`, '{% if installerName %}Hello']],
    path: `${CLOSE_COMMENT}.text`,
    code: 'bad_template',
    says: ['not closed'],
  },
  {
    name: 'template includes a file',
    edits: [[`${CLOSE_COMMENT}.text`, "{% include 'secrets' %}"]],
    path: `${CLOSE_COMMENT}.text`,
    code: 'bad_template',
    says: ['include', 'inline'],
  },
  {
    name: 'empty comment text',
    edits: [[`${CLOSE_COMMENT}.text`, '']],
    path: `${CLOSE_COMMENT}.text`,
    code: 'too_small',
    says: ['write the text'],
  },
  // Durations and the chase ladder
  {
    name: 'duration in words',
    edits: [[`${A}.chase.every`, '24 hours']],
    path: `${A}.chase.every`,
    code: 'bad_duration',
    says: ['ISO 8601', 'PT24H'],
  },
  {
    name: 'duration in months',
    edits: [[`steps[${STEP.configTicket}].timeout`, 'P1M']],
    path: `steps[${STEP.configTicket}].timeout`,
    code: 'bad_duration',
    says: ['weeks, days, hours or minutes'],
  },
  {
    name: 'zero duration',
    edits: [[`${A}.chase.firstAfter`, 'PT0S']],
    path: `${A}.chase.firstAfter`,
    code: 'bad_duration',
    says: ['positive'],
  },
  { name: 'chase max 0', edits: [[`${A}.chase.max`, 0]], path: `${A}.chase.max`, code: 'too_small', says: ['1'] },
  { name: 'chase max -1', edits: [[`${A}.chase.max`, -1]], path: `${A}.chase.max`, code: 'too_small', says: ['max'] },
  {
    name: 'chase max not whole',
    edits: [[`${A}.chase.max`, 2.5]],
    path: `${A}.chase.max`,
    code: 'invalid_type',
    says: ['int'],
  },
  // Match
  {
    name: 'regex does not compile',
    edits: [['match.summary', { regex: '(EverBright' }]],
    path: 'match.summary.regex',
    code: 'bad_regex',
    says: ['not a valid regular expression', 'contains'],
  },
  {
    name: 'regex with nested repetition',
    edits: [['match.summary', { regex: '^(\\w+\\s?)+$' }]],
    path: 'match.summary.regex',
    code: 'unsafe_regex',
    says: ['hang'],
  },
  {
    name: 'regex with overlapping alternatives repeated',
    edits: [['match.summary', { regex: '^(a|aa)+$' }]],
    path: 'match.summary.regex',
    code: 'unsafe_regex',
    says: ['hang'],
  },
  {
    name: 'regex with a back-reference',
    edits: [['match.summary', { regex: '(Ever)Bright \\1' }]],
    path: 'match.summary.regex',
    code: 'unsafe_regex',
    says: ['back-references'],
  },
  // Intake
  {
    name: 'select without options',
    edits: [['intake[2]', { name: 'plan', label: 'Plan', type: 'select' }]],
    path: 'intake[2].options',
    code: 'missing_options',
    says: ["'plan'", 'options'],
  },
  {
    name: 'unknown intake type',
    edits: [['intake[0].type', 'number']],
    path: 'intake[0].type',
    code: 'invalid_value',
    says: ['"text"', '"select"', '"boolean"'],
  },
  {
    name: 'intake without labels',
    edits: [['intake[0].label', []]],
    path: 'intake[0].label',
    code: 'too_small',
    says: ['label'],
  },
  {
    name: 'intake name not usable as a variable',
    edits: [['intake[0].name', 'installer name']],
    path: 'intake[0].name',
    code: 'invalid_format',
    says: ['installerName'],
  },
  {
    name: 'intake field declared twice',
    edits: [['intake[1].name', 'installerName']],
    path: 'intake[1].name',
    code: 'duplicate_id',
    says: ["'installerName'", 'twice'],
  },
  // Steps and actions
  { name: 'no steps', edits: [['steps', []]], path: 'steps', code: 'too_small', says: ['at least one step'] },
  {
    name: 'setFields that sets nothing',
    edits: [[SET_FIELDS, { do: 'setFields' }]],
    path: SET_FIELDS,
    code: 'invalid',
    says: ['organization, requestType, selects or reporter'],
  },
  {
    name: 'public comment not declared customer-facing',
    edits: [[`${CLOSE_COMMENT}.visibility`, 'public']],
    path: `${CLOSE_COMMENT}.customerFacing`,
    code: 'not_customer_facing',
    says: ['customerFacing: true'],
  },
  {
    name: 'same word approves and declines',
    edits: [[`${A}.answers.comment.decline`, ['decline', 'Yes']]],
    path: `${A}.answers.comment`,
    code: 'overlapping_words',
    says: ["'yes'"],
  },
  {
    name: 'identifier is not an intake field',
    edits: [[`${A}.identifiers`, ['installer']]],
    path: `${A}.identifiers[0]`,
    code: 'unknown_variable',
    says: ["'installer'"],
  },
  {
    name: 'property key with spaces',
    edits: [[SET_FIELDS, { do: 'setProperty', key: 'onboarding state', value: 1 }]],
    path: `${SET_FIELDS}.key`,
    code: 'invalid_format',
    says: ['letters, digits'],
  },
  // Versions
  {
    name: 'schemaVersion from the future',
    edits: [['schemaVersion', 99]],
    path: 'schemaVersion',
    code: 'unsupported_version',
    says: ['reads up to 1'],
  },
];
