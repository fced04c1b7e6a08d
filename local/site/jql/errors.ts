// Jira's JQL error wording. Parse errors carry "(line L, character C)"; validation errors do not. Sources: the
// messages Jira Cloud returns (seen in its REST answers and in Atlassian's own JQL editor and tests).

export interface Position {
  line: number; // 1-based
  column: number; // 1-based, as Jira counts "character"
}

/** Thrown inside the engine only; compileJql turns it into { ok: false, errorMessages }. */
export class JqlError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join(' '));
  }
}

const at = (pos: Position): string => ` (line ${pos.line}, character ${pos.column})`;

export const VALID_OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

export const ESCAPES = "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";

export const parse = {
  reservedWord: (word: string, pos: Position) =>
    `Error in the JQL Query: '${word}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.${at(pos)}`,
  reservedChar: (ch: string, pos: Position) =>
    `Error in the JQL Query: The character '${ch}' is a reserved JQL character. You must enclose it in a string or use the escape '${unicodeEscape(ch)}' instead.${at(pos)}`,
  illegalChar: (ch: string, pos: Position) =>
    `Error in the JQL Query: The character '${printable(ch)}' must be escaped. Use the escape '${unicodeEscape(ch)}' instead.${at(pos)}`,
  illegalEscape: (seq: string, pos: Position) =>
    `Error in the JQL Query: '${seq}' is an illegal JQL escape sequence. ${ESCAPES}${at(pos)}`,
  illegalEscapeBlank: (pos: Position) =>
    `Error in the JQL Query: The escape sequence has not been completed. ${ESCAPES}${at(pos)}`,
  unfinishedString: (text: string, pos: Position) =>
    text.trim() === ''
      ? `Error in the JQL Query: The quoted string has not been completed.${at(pos)}`
      : `Error in the JQL Query: The quoted string '${text.replace(/[\r\n]/g, ' ')}' has not been completed.${at(pos)}`,
  expectingField: (got: string, pos: Position) =>
    `Error in the JQL Query: Expecting a field name but got '${got}'. You must surround '${got}' in quotation marks to use it as a field name.${at(pos)}`,
  expectingFieldEof: () => 'Error in the JQL Query: Expecting a field name before the end of the query.',
  expectingOperator: (got: string, pos: Position) =>
    `Error in the JQL Query: Expecting operator but got '${got}'. ${VALID_OPERATORS}${at(pos)}`,
  expectingOperatorEof: () =>
    `Error in the JQL Query: Expecting operator before the end of the query. ${VALID_OPERATORS}`,
  // Jira drops "the" in these two (as its REST answers show).
  expectingOperand: (got: string, pos: Position) =>
    `Error in JQL Query: Expecting either a value, list or function but got '${got}'. You must surround '${got}' in quotation marks to use it as a value.${at(pos)}`,
  expectingOperandEof: () =>
    'Error in JQL Query: Expecting either a value, list or function before the end of the query.',
  expectingLogical: (got: string, pos: Position) =>
    `Error in the JQL Query: Expecting either 'OR' or 'AND' but got '${got}'.${at(pos)}`,
  expectingToken: (token: string, got: string, pos: Position) =>
    `Error in the JQL Query: Expecting '${token}' but got '${got}'.${at(pos)}`,
  expectingTokenEof: (token: string) => `Error in the JQL Query: Expecting '${token}' before the end of the query.`,
  expectingEither: (a: string, b: string, got: string, pos: Position) =>
    `Error in the JQL Query: Expecting either '${a}' or '${b}' but got '${got}'.${at(pos)}`,
  expectingEitherEof: (a: string, b: string) =>
    `Error in the JQL Query: Expecting either '${a}' or '${b}' before the end of the query.`,
  expectingArgument: (got: string, pos: Position) =>
    `Error in the JQL Query: Expecting a function argument but got '${got}'. You must surround '${got}' in quotation marks to use it as a value.${at(pos)}`,
  expectingArgumentEof: () => 'Error in the JQL Query: Expecting a function argument before the end of the query.',
  expectingCustomFieldId: (pos: Position) =>
    `Error in the JQL Query: Expecting a custom field id enclosed by '[ ]' after 'cf'. Example: 'cf[10021]'.${at(pos)}`,
  expectingPropertyId: (got: string, pos: Position) =>
    `Error in the JQL Query: Expecting a property id but got '${got}'. You must surround '${got}' in quotation marks to use it as a value.${at(pos)}`,
  tooComplex: () => 'Error in the JQL Query: The query is too complex to be parsed.',
};

export const invalid = {
  noField: (name: string) => `Field '${name}' does not exist or you do not have permission to view it.`,
  operator: (op: string, field: string) => `The operator '${op}' is not supported by the '${field}' field.`,
  noValue: (value: string, field: string) => `The value '${value}' does not exist for the field '${field}'.`,
  noId: (id: string, field: string) => `A value with ID '${id}' does not exist for the field '${field}'.`,
  noOption: (value: string, field: string) => `The option '${value}' for field '${field}' does not exist.`,
  noIssue: (key: string, field: string) => `An issue with key '${key}' does not exist for field '${field}'.`,
  badKey: (key: string, field: string) => `The issue key '${key}' for field '${field}' is invalid.`,
  emptyNotSupported: (field: string) => `The field '${field}' does not support searching for EMPTY values.`,
  emptyOrdered: (op: string, field: string) =>
    `The operator '${op}' does not support searching for EMPTY values on the field '${field}'.`,
  emptyString: (field: string) => `The field '${field}' does not support searching for an empty string.`,
  listValue: (op: string, list: string, field: string) =>
    `Operator '${op}' does not support the list value '${list}' for field '${field}'.`,
  nonEmptyValue: (op: string, value: string, field: string) =>
    `Operator '${op}' does not support the non-empty value '${value}' for field '${field}'.`,
  nonListValue: (op: string, value: string, field: string) =>
    `Operator '${op}' does not support the non-list value '${value}' for field '${field}'.`,
  date: (value: string, field: string) =>
    `Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  dateFromFunction: (fn: string, field: string) =>
    `A date for the field '${field}' provided by the function '${fn}' is not valid.`,
  number: (value: string, field: string) =>
    `The value '${value}' for field '${field}' is invalid - please specify a number.`,
  unknownFunction: (display: string) => `Unable to find JQL function '${display}'.`,
  functionArgs: (fn: string, expected: string, received: number) =>
    `Function '${fn}' expected ${expected} arguments but received '${received}'.`,
  functionArg: (fn: string, arg: string) => `Function '${fn}' could not parse the argument '${arg}'.`,
  functionForField: (fn: string, field: string) => `The function '${fn}' is not supported by the '${field}' field.`,
  textParse: (text: string, field: string) => `Unable to parse the text '${text}' for field '${field}'.`,
  textStart: (text: string, field: string, start: string) =>
    `The text query '${text}' for field '${field}' is not allowed to start with '${start}'.`,
  noSort: (field: string) => `Not able to sort using field '${field}'.`,
  /** What the local site does not emulate: refused rather than answered wrongly. */
  unsupported: (what: string) => `Error in the JQL Query: The local Jira site cannot answer ${what}.`,
};

/** Enhanced search (/rest/api/3/search/jql) refuses a query without any restriction. */
export const UNBOUNDED_MESSAGE =
  'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

function unicodeEscape(ch: string): string {
  return `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

function printable(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code < 32 || (code >= 0x7f && code <= 0x9f) ? unicodeEscape(ch) : ch;
}
