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
export { UNBOUNDED_MESSAGE } from './errors';
export { propertyAliasesFromManifest } from './manifest';
import { IANAZone } from 'luxon';
import { JqlError } from './errors';
import { compileClause, type CompileState } from './evaluate';
import { compileOrder } from './ordering';
import { parseJql } from './parser';
import type { JqlCompileResult, JqlSchema } from './types';

/** Never throws: a query it cannot answer exactly comes back as Jira's 400 errorMessages. */
export function compileJql(jql: string, given: JqlSchema): JqlCompileResult {
  try {
    // An unknown zone would make every date silently unmatched; Jira falls back to the site default (UTC here).
    const schema = IANAZone.isValidZone(given.timeZone) ? given : { ...given, timeZone: 'UTC' };
    const parsed = parseJql(typeof jql === 'string' ? jql : '');
    const state: CompileState = { schema, errors: [], fields: new Set() };
    const matches = parsed.where ? compileClause(parsed.where, false, state) : () => true;
    const compare = compileOrder(parsed.orderBy, schema, state.errors, state.fields);
    if (state.errors.length) return { ok: false, errorMessages: [...new Set(state.errors)] };
    return { ok: true, query: { matches, compare, fields: [...state.fields], bounded: parsed.where !== null } };
  } catch (e) {
    if (e instanceof JqlError) return { ok: false, errorMessages: e.messages };
    // A bug here must not pass for an answer: refuse the query, naming the fault.
    return { ok: false, errorMessages: [`Error in the JQL Query: internal error (${String(e)}).`] };
  }
}
