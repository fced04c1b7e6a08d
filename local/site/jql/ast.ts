// The parsed query, before any field or value is looked up.

export type Operator = '=' | '!=' | '~' | '!~' | '<' | '>' | '<=' | '>=' | 'in' | 'not in' | 'is' | 'is not';

/** `display` is how Jira prints the operand in messages: strings quoted, numbers bare, lists in parentheses. */
export type Operand =
  | { kind: 'value'; text: string; number: boolean; display: string }
  | { kind: 'empty'; display: 'EMPTY' }
  | { kind: 'function'; name: string; args: string[]; display: string }
  | { kind: 'list'; items: Operand[]; display: string };

export type FieldRef =
  | { kind: 'name'; name: string }
  | { kind: 'cf'; id: string; name: string } // cf[10010]
  | { kind: 'property'; name: string; entity: string; key: string; path: string }; // issue.property[k].a.b

export type Clause =
  | { kind: 'and' | 'or'; clauses: Clause[] }
  | { kind: 'not'; clause: Clause }
  | { kind: 'terminal'; field: FieldRef; operator: Operator; operand: Operand };

export interface OrderItem {
  field: FieldRef;
  direction: 'asc' | 'desc' | null; // null: the field's own default
}

export interface ParsedQuery {
  where: Clause | null;
  orderBy: OrderItem[];
}

export const NEGATED: Record<Operator, Operator> = {
  '=': '!=',
  '!=': '=',
  '~': '!~',
  '!~': '~',
  '<': '>=',
  '>=': '<',
  '>': '<=',
  '<=': '>',
  in: 'not in',
  'not in': 'in',
  is: 'is not',
  'is not': 'is',
};
