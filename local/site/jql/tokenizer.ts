// JQL's lexer, after Jira's grammar: unquoted strings stop at whitespace, quotes, operators, brackets and
// commas; a few characters are reserved outright; both string forms take the same escapes.
import { JqlError, parse, type Position } from './errors';

export type TokenKind =
  | 'word' // unquoted string (keywords are words too: the parser tells them apart)
  | 'string' // quoted string
  | '('
  | ')'
  | ','
  | '['
  | ']'
  | 'op' // = != ~ !~ < > <= >=
  | 'bang' // ! (NOT)
  | 'and' // & &&
  | 'or' // | ||
  | 'eof';

export interface Token {
  kind: TokenKind;
  text: string; // decoded value
  raw: string; // as written
  pos: Position;
}

const RESERVED_CHARS = new Set(['{', '}', '*', '/', '%', '+', '^', '$', '#', '@', '?', ';']);
const STOP = new Set([
  ' ',
  '\t',
  '\n',
  '\r',
  '\f',
  '"',
  "'",
  '=',
  '!',
  '<',
  '>',
  '(',
  ')',
  '~',
  ',',
  '[',
  ']',
  '|',
  '&',
]);
const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', "'": "'", t: '\t', n: '\n', r: '\r', '\\': '\\', ' ': ' ' };

function isControl(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c <= 0x1f && ch !== '\n' && ch !== '\r' && ch !== '\t') || (c >= 0x7f && c <= 0x9f) || c === 0xffff;
}

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const posAt = (index: number): Position => ({ line, column: index - lineStart + 1 });

  const readEscape = (start: number): { text: string; next: number } => {
    // input[start] is the backslash
    const ch = input[start + 1];
    if (ch === undefined) throw new JqlError([parse.illegalEscapeBlank(posAt(start))]);
    const simple = SIMPLE_ESCAPES[ch];
    if (simple !== undefined) return { text: simple, next: start + 2 };
    if (ch === 'u') {
      const hex = input.slice(start + 2, start + 6);
      if (/^[0-9a-fA-F]{4}$/.test(hex)) return { text: String.fromCharCode(parseInt(hex, 16)), next: start + 6 };
      let rest = '';
      for (let k = start + 2; k < input.length && !STOP.has(input[k] as string) && input[k] !== '\\'; k += 1) {
        rest += input[k] as string;
      }
      throw new JqlError([parse.illegalEscape(`\\u${rest}`, posAt(start))]);
    }
    throw new JqlError([parse.illegalEscape(`\\${ch}`, posAt(start))]);
  };

  while (i < input.length) {
    const ch = input[i] as string;
    if (ch === '\n') {
      i += 1;
      line += 1;
      lineStart = i;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f') {
      i += 1;
      continue;
    }
    const start = i;
    const pos = posAt(start);
    const two = input.slice(i, i + 2);
    if (two === '!=' || two === '!~' || two === '<=' || two === '>=') {
      tokens.push({ kind: 'op', text: two, raw: two, pos });
      i += 2;
    } else if (ch === '=' || ch === '~' || ch === '<' || ch === '>') {
      tokens.push({ kind: 'op', text: ch, raw: ch, pos });
      i += 1;
    } else if (ch === '!') {
      tokens.push({ kind: 'bang', text: ch, raw: ch, pos });
      i += 1;
    } else if (ch === '&' || ch === '|') {
      const raw = input[i + 1] === ch ? ch + ch : ch;
      tokens.push({ kind: ch === '&' ? 'and' : 'or', text: raw, raw, pos });
      i += raw.length;
    } else if (ch === '(' || ch === ')' || ch === ',' || ch === '[' || ch === ']') {
      tokens.push({ kind: ch, text: ch, raw: ch, pos });
      i += 1;
    } else if (ch === '"' || ch === "'") {
      let text = '';
      let j = i + 1;
      let closed = false;
      while (j < input.length) {
        const c = input[j] as string;
        if (c === ch) {
          closed = true;
          break;
        }
        if (c === '\\') {
          const esc = readEscape(j);
          text += esc.text;
          j = esc.next;
          continue;
        }
        if (c === '\n') {
          line += 1;
          lineStart = j + 1;
        }
        text += c;
        j += 1;
      }
      if (!closed) throw new JqlError([parse.unfinishedString(text, pos)]);
      tokens.push({ kind: 'string', text, raw: input.slice(start, j + 1), pos });
      i = j + 1;
    } else if (RESERVED_CHARS.has(ch)) {
      throw new JqlError([parse.reservedChar(ch, pos)]);
    } else if (isControl(ch)) {
      throw new JqlError([parse.illegalChar(ch, pos)]);
    } else {
      let text = '';
      let j = i;
      while (j < input.length) {
        const c = input[j] as string;
        if (STOP.has(c)) break;
        if (c === '\\') {
          const esc = readEscape(j);
          text += esc.text;
          j = esc.next;
          continue;
        }
        if (RESERVED_CHARS.has(c)) throw new JqlError([parse.reservedChar(c, posAt(j))]);
        if (isControl(c)) throw new JqlError([parse.illegalChar(c, posAt(j))]);
        text += c;
        j += 1;
      }
      tokens.push({ kind: 'word', text, raw: input.slice(start, j), pos });
      i = j;
    }
  }
  tokens.push({ kind: 'eof', text: '', raw: '', pos: posAt(i) });
  return tokens;
}
