// The local site's JQL engine: parse once, then match and order plain issues.
export type {
  JqlIssue,
  JqlSchema,
  JqlQuery,
  JqlCompileResult,
  JqlCustomField,
  JqlPropertyAlias,
  JqlFieldType,
} from './types';
import type { JqlCompileResult, JqlSchema } from './types';

/** Never throws: a query it cannot answer exactly comes back as Jira's 400 errorMessages. */
export function compileJql(jql: string, schema: JqlSchema): JqlCompileResult {
  void jql;
  void schema;
  return { ok: false, errorMessages: ['Error in the JQL Query: the local JQL engine is not built yet.'] };
}
