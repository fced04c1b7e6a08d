// Building blocks shared by the system, custom and property fields.
import type { Operator } from './ast';
import { JqlError, invalid } from './errors';
import type { JqlIssue } from './types';

/** How values compare: choice/key are case-insensitive names; exact is case-sensitive; text takes `~`. */
export type Kind = 'choice' | 'key' | 'user' | 'exact' | 'datetime' | 'number' | 'text';
export type SortKind = 'key' | 'value' | 'string';

export interface FieldDef {
  id: string; // canonical: "status", "customfield_10010", "issue.property[onboarding-run].nextDueAt"
  name: string; // as the query wrote it: Jira's messages use that
  kind: Kind;
  operators: readonly Operator[];
  emptyOk: boolean;
  /** The issue's values, normalised (lower-case for choice, upper-case keys, epoch ms); [] is EMPTY. */
  values(issue: JqlIssue): (string | number)[];
  /** choice only: the canonical values an operand names, or a thrown Jira refusal. */
  resolve?(text: string, isNumber: boolean): string[];
  sort?: SortKind;
}

export const EQ: Operator[] = ['=', '!=', 'in', 'not in'];
export const EQ_EMPTY: Operator[] = [...EQ, 'is', 'is not'];
export const REL: Operator[] = ['<', '>', '<=', '>='];
export const TEXT: Operator[] = ['~', '!~', 'is', 'is not'];
export const ORDERED: Operator[] = [...EQ_EMPTY, ...REL];

export const lower = (s: string) => s.toLowerCase();
export const present = <T>(v: T | null | undefined): T[] => (v === null || v === undefined || v === '' ? [] : [v]);

/**
 * A choice among names the site knows (and their ids, looked up first for an unquoted number, as Jira does);
 * anything else is Jira's "does not exist" (or "ID ... does not exist").
 */
export function chooser(
  name: string,
  known: string[],
  aliases: Record<string, string> = {},
  ids: Record<string, string> = {},
  option = false,
) {
  const byLower = new Map<string, string>();
  for (const k of known) byLower.set(lower(k), lower(k));
  for (const [alias, target] of Object.entries(aliases)) byLower.set(lower(alias), lower(target));
  const byId = new Map(Object.entries(ids).map(([id, target]) => [id, lower(target)]));
  return (text: string, isNumber: boolean): string[] => {
    const byName = byLower.get(lower(text));
    const hit = isNumber ? (byId.get(text) ?? byName) : (byName ?? byId.get(text));
    if (hit !== undefined) return [hit];
    if (option) throw new JqlError([invalid.noOption(text, name)]);
    throw new JqlError([isNumber ? invalid.noId(text, name) : invalid.noValue(text, name)]);
  };
}

export function choice(
  id: string,
  name: string,
  operators: Operator[],
  emptyOk: boolean,
  get: (i: JqlIssue) => string[],
  resolve: (text: string, isNumber: boolean) => string[],
): FieldDef {
  return { id, name, kind: 'choice', operators, emptyOk, values: (i) => get(i).map(lower), resolve };
}

export function user(id: string, name: string, get: (i: JqlIssue) => string[]): FieldDef {
  return { id, name, kind: 'user', operators: EQ_EMPTY, emptyOk: true, values: get };
}
