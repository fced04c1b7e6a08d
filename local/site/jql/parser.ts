// Recursive descent over Jira's JQL grammar: OR binds loosest, then AND, then NOT; parentheses group;
// keywords are case-insensitive; ORDER BY comes last.
import type { Clause, FieldRef, Operand, Operator, OrderItem, ParsedQuery } from './ast';
import { JqlError, invalid, parse } from './errors';
import { isReserved } from './reserved';
import { tokenize, type Token } from './tokenizer';

const MAX_DEPTH = 100;

export function parseJql(input: string): ParsedQuery {
  return new Parser(tokenize(input)).query();
}

const isWord = (t: Token, word: string): boolean => t.kind === 'word' && t.text.toLowerCase() === word;

class Parser {
  private i = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token {
    const t = this.tokens[Math.min(this.i + offset, this.tokens.length - 1)];
    if (!t) throw new JqlError([parse.expectingFieldEof()]); // unreachable: the list ends with eof
    return t;
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.i += 1;
    return t;
  }

  query(): ParsedQuery {
    let where: Clause | null = null;
    if (this.peek().kind !== 'eof' && !isWord(this.peek(), 'order')) where = this.or();
    const t = this.peek();
    if (t.kind === 'eof') return { where, orderBy: [] };
    if (isWord(t, 'order')) return { where, orderBy: this.orderBy() };
    throw new JqlError([parse.expectingLogical(t.raw, t.pos)]);
  }

  private or(): Clause {
    const clauses = [this.and()];
    while (this.peek().kind === 'or' || isWord(this.peek(), 'or')) {
      this.next();
      clauses.push(this.and());
    }
    return clauses.length === 1 ? (clauses[0] as Clause) : { kind: 'or', clauses };
  }

  private and(): Clause {
    const clauses = [this.not()];
    while (this.peek().kind === 'and' || isWord(this.peek(), 'and')) {
      this.next();
      clauses.push(this.not());
    }
    return clauses.length === 1 ? (clauses[0] as Clause) : { kind: 'and', clauses };
  }

  private not(): Clause {
    const t = this.peek();
    if (t.kind === 'bang' || isWord(t, 'not')) {
      this.next();
      return { kind: 'not', clause: this.nested(() => this.not()) };
    }
    if (t.kind === '(') {
      this.next();
      const inner = this.nested(() => this.or());
      const close = this.next();
      if (close.kind === ')') return inner;
      if (close.kind === 'eof') throw new JqlError([parse.expectingTokenEof(')')]);
      throw new JqlError([parse.expectingLogical(close.raw, close.pos)]);
    }
    return this.terminal();
  }

  private nested<T>(fn: () => T): T {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) throw new JqlError([parse.tooComplex()]);
    try {
      return fn();
    } finally {
      this.depth -= 1;
    }
  }

  private terminal(): Clause {
    const field = this.field();
    const operator = this.operator(field);
    const operand = this.operand();
    return { kind: 'terminal', field, operator, operand };
  }

  private field(): FieldRef {
    const t = this.next();
    if (t.kind === 'eof') throw new JqlError([parse.expectingFieldEof()]);
    if (t.kind === 'word' && t.text.toLowerCase() === 'cf' && this.peek().kind === '[') {
      this.next();
      const id = this.next();
      if (id.kind !== 'word' || !/^\d+$/.test(id.text) || this.peek().kind !== ']') {
        throw new JqlError([parse.expectingCustomFieldId(id.pos)]);
      }
      this.next();
      return { kind: 'cf', id: id.text, name: `cf[${id.text}]` };
    }
    if (t.kind !== 'word' && t.kind !== 'string') throw new JqlError([parse.expectingField(t.raw, t.pos)]);
    if (t.kind === 'word' && isReserved(t.text)) throw new JqlError([reservedOrField(t)]);
    if (this.peek().kind !== '[') return { kind: 'name', name: t.text };
    this.next();
    const key = this.next();
    if (key.kind !== 'word' && key.kind !== 'string') {
      if (key.kind === 'eof') throw new JqlError([parse.expectingTokenEof(']')]);
      throw new JqlError([parse.expectingPropertyId(key.raw, key.pos)]);
    }
    const close = this.next();
    if (close.kind !== ']') {
      if (close.kind === 'eof') throw new JqlError([parse.expectingTokenEof(']')]);
      throw new JqlError([parse.expectingToken(']', close.raw, close.pos)]);
    }
    const pathToken = this.peek();
    let path = '';
    if (pathToken.kind === 'word' && pathToken.text.startsWith('.')) {
      this.next();
      path = pathToken.text.slice(1);
    }
    const name = `${t.text}[${key.text}]${path ? `.${path}` : ''}`;
    return { kind: 'property', name, entity: t.text, key: key.text, path };
  }

  private operator(field: FieldRef): Operator {
    const t = this.next();
    if (t.kind === 'op') return t.text as Operator;
    if (t.kind === 'word') {
      const w = t.text.toLowerCase();
      if (w === 'in') return 'in';
      if (w === 'not' && isWord(this.peek(), 'in')) {
        this.next();
        return 'not in';
      }
      if (w === 'is') {
        if (isWord(this.peek(), 'not')) {
          this.next();
          return 'is not';
        }
        return 'is';
      }
      if (w === 'was' || w === 'changed') {
        throw new JqlError([invalid.unsupported(`the history operator '${w}' (used on '${field.name}')`)]);
      }
    }
    if (t.kind === 'eof') throw new JqlError([parse.expectingOperatorEof()]);
    throw new JqlError([parse.expectingOperator(t.raw, t.pos)]);
  }

  private operand(): Operand {
    const t = this.peek();
    if (t.kind === '(') {
      this.next();
      const items: Operand[] = [this.single()];
      for (;;) {
        const sep = this.next();
        if (sep.kind === ')') break;
        if (sep.kind === ',') {
          items.push(this.single());
          continue;
        }
        if (sep.kind === 'eof') throw new JqlError([parse.expectingTokenEof(')')]);
        throw new JqlError([parse.expectingEither(',', ')', sep.raw, sep.pos)]);
      }
      return { kind: 'list', items, display: `(${items.map((o) => o.display).join(', ')})` };
    }
    return this.single();
  }

  private single(): Operand {
    const t = this.next();
    if (t.kind === 'eof') throw new JqlError([parse.expectingOperandEof()]);
    if (t.kind === 'string') return { kind: 'value', text: t.text, number: false, display: `"${t.text}"` };
    if (t.kind !== 'word') throw new JqlError([parse.expectingOperand(t.raw, t.pos)]);
    const lower = t.text.toLowerCase();
    if (lower === 'empty' || lower === 'null') return { kind: 'empty', display: 'EMPTY' };
    if (this.peek().kind === '(') {
      if (isReserved(t.text)) throw new JqlError([parse.reservedWord(t.text, t.pos)]);
      this.next();
      const args = this.args();
      return { kind: 'function', name: t.text, args, display: `${t.text}(${args.join(', ')})` };
    }
    if (isReserved(t.text)) throw new JqlError([parse.reservedWord(t.text, t.pos)]);
    const number = /^-?\d+$/.test(t.text);
    return { kind: 'value', text: t.text, number, display: number ? t.text : `"${t.text}"` };
  }

  private args(): string[] {
    const args: string[] = [];
    if (this.peek().kind === ')') {
      this.next();
      return args;
    }
    for (;;) {
      const a = this.next();
      if (a.kind === 'eof') throw new JqlError([parse.expectingArgumentEof()]);
      if (a.kind !== 'word' && a.kind !== 'string') throw new JqlError([parse.expectingArgument(a.raw, a.pos)]);
      args.push(a.text);
      const sep = this.next();
      if (sep.kind === ')') return args;
      if (sep.kind === 'eof') throw new JqlError([parse.expectingTokenEof(')')]);
      if (sep.kind !== ',') throw new JqlError([parse.expectingEither(',', ')', sep.raw, sep.pos)]);
    }
  }

  private orderBy(): OrderItem[] {
    this.next(); // ORDER
    const by = this.next();
    if (!isWord(by, 'by')) {
      if (by.kind === 'eof') throw new JqlError([parse.expectingTokenEof('BY')]);
      throw new JqlError([parse.expectingToken('BY', by.raw, by.pos)]);
    }
    const items: OrderItem[] = [];
    for (;;) {
      const field = this.field();
      let direction: OrderItem['direction'] = null;
      const d = this.peek();
      if (isWord(d, 'asc') || isWord(d, 'desc')) {
        this.next();
        direction = d.text.toLowerCase() as 'asc' | 'desc';
      }
      items.push({ field, direction });
      const sep = this.next();
      if (sep.kind === 'eof') return items;
      if (sep.kind !== ',') throw new JqlError([parse.expectingToken(',', sep.raw, sep.pos)]);
    }
  }
}

function reservedOrField(t: Token): string {
  const w = t.text.toLowerCase();
  // Keywords where a field belongs read as a missing field; other reserved words as Jira's reserved-word error.
  return ['and', 'or', 'not', 'in', 'is', 'order', 'by', 'asc', 'desc', 'empty', 'null'].includes(w)
    ? parse.expectingField(t.raw, t.pos)
    : parse.reservedWord(t.text, t.pos);
}
