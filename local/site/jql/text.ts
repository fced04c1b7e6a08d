// `~` on text fields, approximating Jira Cloud's text search: words are case-insensitive, lightly stemmed
// (English), stop words ignored, every term must occur (AND), "a phrase" in inner quotes must occur in order,
// * is a wildcard, -term excludes; fuzzy (~), proximity and boost (^) are ignored, as Jira Cloud documents.
// The rest (OR, NOT, +, grouping, and ? which Cloud rewrites) is refused rather than guessed.
import { JqlError, invalid } from './errors';

const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

interface Term {
  words: string[]; // a phrase when more than one
  wildcard: RegExp | null;
  negative: boolean;
}

export interface TextQuery {
  positive: Term[];
  negative: Term[];
}

const WORD = /[\p{L}\p{N}]+/gu;

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && /(?:sh|ch|[sxz])es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map(stem);
}

export function parseTextQuery(text: string, field: string): TextQuery {
  if (text.trim() === '') throw new JqlError([invalid.emptyString(field)]);
  const first = text.trim()[0];
  if (first === '*' || first === '?') throw new JqlError([invalid.textStart(text, field, first)]);
  const query: TextQuery = { positive: [], negative: [] };
  for (const m of text.matchAll(/(-?)"([^"]*)"(?:~[\d.]*)?|(\S+)/g)) {
    const raw = m[3]?.replace(/(?:~[\d.]*|\^[\d.]+)+$/, '');
    if (raw === undefined) {
      const phrase = words(m[2] ?? '');
      if (phrase.length)
        (m[1] ? query.negative : query.positive).push({ words: phrase, wildcard: null, negative: false });
      continue;
    }
    if (/^(AND|OR|NOT|&&|\|\|)$/.test(raw) || /[()[\]{}^~+\\!"?]/.test(raw)) {
      throw new JqlError([invalid.textParse(text, field)]);
    }
    const negative = raw.startsWith('-');
    const body = negative ? raw.slice(1) : raw;
    const term = toTerm(body, text, field);
    if (term) (negative ? query.negative : query.positive).push(term);
  }
  if (query.positive.length === 0 && query.negative.length > 0) throw new JqlError([invalid.textParse(text, field)]);
  return query;
}

function toTerm(body: string, text: string, field: string): Term | null {
  if (body.includes('*')) {
    if (!/^[\p{L}\p{N}]+[\p{L}\p{N}*]*$/u.test(body)) throw new JqlError([invalid.textParse(text, field)]);
    const pattern = body.toLowerCase().replace(/\*/g, '[\\p{L}\\p{N}]*');
    return { words: [], wildcard: new RegExp(`^${pattern}$`, 'u'), negative: false };
  }
  const lowered = body.toLowerCase().match(WORD) ?? [];
  const kept = lowered.length === 1 && STOP_WORDS.has(lowered[0] ?? '') ? [] : lowered;
  return kept.length ? { words: kept.map(stem), wildcard: null, negative: false } : null;
}

function termIn(term: Term, haystack: string[], raw: string[]): boolean {
  if (term.wildcard) return raw.some((w) => term.wildcard?.test(w) === true);
  const n = term.words.length;
  for (let i = 0; i + n <= haystack.length; i += 1) {
    if (term.words.every((w, k) => haystack[i + k] === w)) return true;
  }
  return false;
}

/** Whether one field's text matches (`text ~` asks each field on its own and ORs, as Jira does). */
export function textMatches(query: TextQuery, text: string): boolean {
  if (query.positive.length === 0) return false; // only stop words: Lucene finds nothing
  const stemmed = words(text);
  const raw = text.toLowerCase().match(WORD) ?? [];
  const has = (term: Term) => termIn(term, stemmed, raw);
  return query.positive.every(has) && !query.negative.some(has);
}
