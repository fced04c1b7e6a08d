import { refusal, schema } from './fixtures';

const OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

describe('JQL refusals: what Jira answers with 400', () => {
  it('syntax errors carry Jira wording and position', () => {
    expect(refusal('project SS')).toEqual([
      `Error in the JQL Query: Expecting operator but got 'SS'. ${OPERATORS} (line 1, character 9)`,
    ]);
    expect(refusal('project')).toEqual([
      `Error in the JQL Query: Expecting operator before the end of the query. ${OPERATORS}`,
    ]);
    expect(refusal('project =')).toEqual([
      'Error in JQL Query: Expecting either a value, list or function before the end of the query.',
    ]);
    expect(refusal('project = SS AND status = = Open')).toEqual([
      "Error in JQL Query: Expecting either a value, list or function but got '='. You must surround '=' in quotation marks to use it as a value. (line 1, character 27)",
    ]);
    expect(refusal('project = SS status = Open')).toEqual([
      "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'status'. (line 1, character 14)",
    ]);
    expect(refusal('project = SS AND')).toEqual([
      'Error in the JQL Query: Expecting a field name before the end of the query.',
    ]);
    expect(refusal('(project = SS')).toEqual(["Error in the JQL Query: Expecting ')' before the end of the query."]);
    expect(refusal('project = SS\nAND )')).toEqual([
      "Error in the JQL Query: Expecting a field name but got ')'. You must surround ')' in quotation marks to use it as a field name. (line 2, character 5)",
    ]);
    expect(refusal('project = SS ORDER created')).toEqual([
      "Error in the JQL Query: Expecting 'BY' but got 'created'. (line 1, character 20)",
    ]);
    expect(refusal('status in (Open Closed)')).toEqual([
      "Error in the JQL Query: Expecting either ',' or ')' but got 'Closed'. (line 1, character 17)",
    ]);
  });

  it('strings, escapes, reserved words and characters', () => {
    expect(refusal('summary ~ "abc')).toEqual([
      "Error in the JQL Query: The quoted string 'abc' has not been completed. (line 1, character 11)",
    ]);
    expect(refusal('summary ~ "')).toEqual([
      'Error in the JQL Query: The quoted string has not been completed. (line 1, character 11)',
    ]);
    expect(refusal('summary ~ "a\\kb"')).toEqual([
      "Error in the JQL Query: '\\k' is an illegal JQL escape sequence. The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX. (line 1, character 13)",
    ]);
    expect(refusal('project = for')).toEqual([
      "Error in the JQL Query: 'for' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 11)",
    ]);
    expect(refusal('select = 1')[0]).toMatch(/^Error in the JQL Query: 'select' is a reserved JQL word/);
    expect(refusal('summary ~ fin*')).toEqual([
      "Error in the JQL Query: The character '*' is a reserved JQL character. You must enclose it in a string or use the escape '\\u002a' instead. (line 1, character 14)",
    ]);
    expect(refusal('created > 2026/11/25')[0]).toMatch(/The character '\/' is a reserved JQL character/);
  });

  it('unknown fields, values and issues', () => {
    expect(refusal('foo = bar')).toEqual(["Field 'foo' does not exist or you do not have permission to view it."]);
    expect(refusal('cf[99999] = 1')).toEqual([
      "Field 'cf[99999]' does not exist or you do not have permission to view it.",
    ]);
    expect(refusal('comment.property[x].y = 1')).toEqual([
      "Field 'comment.property[x].y' does not exist or you do not have permission to view it.",
    ]);
    expect(refusal('project = XX')).toEqual(["The value 'XX' does not exist for the field 'project'."]);
    expect(refusal('project = 10000')).toEqual(["A value with ID '10000' does not exist for the field 'project'."]);
    expect(refusal('status = Frozen')).toEqual(["The value 'Frozen' does not exist for the field 'status'."]);
    expect(refusal('type = Bug')).toEqual(["The value 'Bug' does not exist for the field 'type'."]);
    expect(refusal('statusCategory = Blocked')).toEqual([
      "The value 'Blocked' does not exist for the field 'statusCategory'.",
    ]);
    expect(refusal('"Needs Configuration?" = Nope')).toEqual([
      "The option 'Nope' for field 'Needs Configuration?' does not exist.",
    ]);
    expect(refusal('key = hello')).toEqual(["The issue key 'hello' for field 'key' is invalid."]);
    const withKeys = schema({ knownValues: { ...schema().knownValues, issueKeys: ['SS-1'] } });
    expect(refusal('key in (SS-1, SS-99)', withKeys)).toEqual([
      "An issue with key 'SS-99' does not exist for field 'key'.",
    ]);
    const withUsers = schema({ knownValues: { ...schema().knownValues, users: ['agent-1'] } });
    expect(refusal('assignee = ghost', withUsers)).toEqual([
      "The value 'ghost' does not exist for the field 'assignee'.",
    ]);
    const withResolutions = schema({ knownValues: { ...schema().knownValues, resolutions: ['Done'] } });
    expect(refusal('resolution = Meh', withResolutions)).toEqual([
      "The value 'Meh' does not exist for the field 'resolution'.",
    ]);
  });

  it('operators a field does not take', () => {
    expect(refusal('project ~ SS')).toEqual(["The operator '~' is not supported by the 'project' field."]);
    expect(refusal('summary = x')).toEqual(["The operator '=' is not supported by the 'summary' field."]);
    expect(refusal('text !~ x')).toEqual(["The operator '!~' is not supported by the 'text' field."]);
    expect(refusal('status > Open')).toEqual(["The operator '>' is not supported by the 'status' field."]);
    expect(refusal('key is EMPTY')).toEqual(["The operator 'is' is not supported by the 'key' field."]);
    expect(refusal('onboardingState ~ act')).toEqual([
      "The operator '~' is not supported by the 'onboardingState' field.",
    ]);
    expect(refusal('created ~ -1d')).toEqual(["The operator '~' is not supported by the 'created' field."]);
  });

  it('operands that do not fit the operator or the field', () => {
    expect(refusal('summary in test')).toEqual([
      `Operator 'in' does not support the non-list value '"test"' for field 'summary'.`,
    ]);
    expect(refusal('status = (Open, Closed)')).toEqual([
      `Operator '=' does not support the list value '("Open", "Closed")' for field 'status'.`,
    ]);
    expect(refusal('assignee is agent-1')).toEqual([
      `Operator 'is' does not support the non-empty value '"agent-1"' for field 'assignee'.`,
    ]);
    expect(refusal('project is EMPTY')).toEqual(["The field 'project' does not support searching for EMPTY values."]);
    expect(refusal('status in (Open, EMPTY)')).toEqual([
      "The field 'status' does not support searching for EMPTY values.",
    ]);
    expect(refusal('created > EMPTY')).toEqual([
      "The operator '>' does not support searching for EMPTY values on the field 'created'.",
    ]);
    expect(refusal('created > yesterday')).toEqual([
      "Date value 'yesterday' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
    ]);
    expect(refusal('created > -1M')[0]).toMatch(/^Date value '-1M' for field 'created' is invalid/);
    expect(refusal('duedate = "2026-02-30"')[0]).toMatch(/^Date value '2026-02-30' for field 'duedate' is invalid/);
    expect(refusal('Seats > many')).toEqual([
      "The value 'many' for field 'Seats' is invalid - please specify a number.",
    ]);
  });

  it('functions: unknown, wrong arity, wrong field, not answered locally', () => {
    expect(refusal('created > nextTuesday()')).toEqual(["Unable to find JQL function 'nextTuesday()'."]);
    expect(refusal('project = echo(SS)')).toEqual(["Unable to find JQL function 'echo(SS)'."]);
    expect(refusal('created > now(1)')).toEqual(["Function 'now' expected '0' arguments but received '1'."]);
    expect(refusal('created > startOfDay(1, 2)')).toEqual([
      "Function 'startOfDay' expected between '0' and '1' arguments but received '2'.",
    ]);
    expect(refusal('created > startOfDay(soon)')).toEqual([
      "Function 'startOfDay' could not parse the argument 'soon'.",
    ]);
    expect(refusal('created > currentUser()')).toEqual([
      "A date for the field 'created' provided by the function 'currentUser' is not valid.",
    ]);
    expect(refusal('status = now()')).toEqual(["The function 'now' is not supported by the 'status' field."]);
    expect(refusal('assignee in membersOf(agents)')[0]).toMatch(
      /^Error in the JQL Query: The local Jira site cannot answer/,
    );
    expect(refusal('created > startOfWeek()')[0]).toMatch(/cannot answer the function 'startOfWeek\(\)'/);
    expect(refusal('issue in linkedIssues(SS-1, duplicates)')[0]).toMatch(/cannot answer/);
    expect(refusal('status was Open')[0]).toMatch(/cannot answer the history operator 'was'/);
    expect(refusal('status changed')[0]).toMatch(/cannot answer the history operator 'changed'/);
  });

  it('reports every invalid clause, each message once', () => {
    expect(refusal('foo = 1 AND project = XX AND bar = 2 OR foo = 3')).toEqual([
      "Field 'foo' does not exist or you do not have permission to view it.",
      "The value 'XX' does not exist for the field 'project'.",
      "Field 'bar' does not exist or you do not have permission to view it.",
    ]);
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(refusal(`${'('.repeat(500)}project = SS${')'.repeat(500)}`)).toEqual([
      'Error in the JQL Query: The query is too complex to be parsed.',
    ]);
  });
});
