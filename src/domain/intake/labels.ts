/** Finding field labels at the start of a line, tolerant of case, punctuation and spacing, longest label first. */
import { fold } from './convert';

export interface LabelHit {
  /** Indexes of the fields whose label matched (more than one only when a playbook reuses a label). */
  fields: readonly number[];
  /** The text after the label, separators removed, cut before another "label:" on the same line. */
  rest: string;
  /** Whether a separator (":", "|", "=", " - ") followed the label. */
  explicit: boolean;
  /** A checkbox before the label: true "[x]", false "[ ]", undefined none. */
  checked: boolean | undefined;
}

interface Token {
  folded: string;
  start: number;
  end: number;
}

/** Words of a text, read only as far as asked: a long line with many labels stays linear. */
class Tokens {
  private readonly seen: Token[] = [];
  private readonly source: Iterator<RegExpExecArray>;

  constructor(text: string) {
    this.source = text.matchAll(/[\p{L}\p{N}]+/gu);
  }

  at(i: number): Token | undefined {
    while (this.seen.length <= i) {
      const next = this.source.next();
      if (next.done) return undefined;
      const m = next.value;
      this.seen.push({ folded: fold(m[0]), start: m.index, end: m.index + m[0].length });
    }
    return this.seen[i];
  }
}

const wordCount = (s: string): number => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

const BULLET = /^(?:[-*•·▪◦‣–—+]|\d{1,2}[.)])\s+/;
const CHECKBOX = /^(?:\[\s*([xX✓✔]?)\s*\]|([☐☑☒✓✔]))\s*/;
const SEPARATOR = /^\s*(?:\([^)]*\))?[\s*_?]*(?:[:：|=]|\s[-–—]\s)/;

export class LabelIndex {
  private readonly byLabel = new Map<string, number[]>();
  private maxTokens = 1;

  constructor(labelsPerField: readonly (readonly string[])[]) {
    labelsPerField.forEach((labels, field) => {
      for (const label of labels) {
        // "Size (small/large)" is also known as "Size".
        for (const variant of new Set([label, label.replace(/\([^)]*\)/g, '')])) {
          const key = fold(variant);
          if (key === '') continue;
          const fields = this.byLabel.get(key) ?? [];
          if (!fields.includes(field)) fields.push(field);
          this.byLabel.set(key, fields);
          this.maxTokens = Math.max(this.maxTokens, wordCount(variant) * 2);
        }
      }
    });
  }

  /** Whether the whole text is a label. */
  isLabel(text: string): number[] | undefined {
    return this.byLabel.get(fold(text));
  }

  /** Number of tokens of the longest label starting at token `from`, with its fields. */
  private longest(toks: Tokens, from: number): { count: number; fields: number[] } | undefined {
    let key = '';
    let best: { count: number; fields: number[] } | undefined;
    for (let k = from; toks.at(k) !== undefined && k - from < this.maxTokens; k += 1) {
      key += toks.at(k)?.folded ?? '';
      const fields = this.byLabel.get(key);
      if (fields) best = { count: k - from + 1, fields };
    }
    return best;
  }

  /** Every "label value" on the line: one at its start, then any further "label:" on the same line. */
  match(line: string): LabelHit[] {
    const hits: LabelHit[] = [];
    for (let text: string | undefined = line; text !== undefined;) {
      const found = this.matchStart(text);
      if (!found || (hits.length > 0 && !found.hit.explicit)) break;
      hits.push(found.hit);
      text = found.more;
    }
    return hits;
  }

  /** The label at the start of `line`, its value, and the text of any further "label:" after it. */
  private matchStart(line: string): { hit: LabelHit; more: string | undefined } | undefined {
    let text = line.replace(BULLET, '');
    const box = CHECKBOX.exec(text);
    const checked = box ? (box[1] ?? box[2] ?? '') !== '' && box[2] !== '☐' : undefined;
    if (box) text = text.slice(box[0].length);
    const toks = new Tokens(text);
    const first = toks.at(0);
    if (!first || /[\p{L}\p{N}]/u.test(text.slice(0, first.start))) return undefined;
    const hit = this.longest(toks, 0);
    if (!hit) return undefined;
    const labelEnd = toks.at(hit.count - 1)?.end ?? 0;
    let rest = text.slice(labelEnd);
    const explicit = SEPARATOR.test(rest) || /^\s*\|/.test(rest);
    rest = rest.replace(/^\s*\([^)]*\)(?=\s*[:：|=])/, '').replace(/^[\s*_?:：|=\-–—.)\]]+/, '');
    // A table row: the value is the next cell only.
    if (/^\s*\|/.test(text.slice(labelEnd, labelEnd + 200)) && rest.includes(' | '))
      rest = rest.slice(0, rest.indexOf(' | '));
    const next = this.nextLabel(rest);
    const value = (next === undefined ? rest : rest.slice(0, next)).replace(/[\s|,;]+$/, '');
    return {
      hit: { fields: hit.fields, rest: value, explicit, checked },
      more: next === undefined ? undefined : rest.slice(next),
    };
  }

  /** Where a further "label:" starts in a value ("Name: ACME Email: a@b.c" on one line). */
  private nextLabel(rest: string): number | undefined {
    const toks = new Tokens(rest);
    for (let j = 0; toks.at(j) !== undefined; j += 1) {
      const hit = this.longest(toks, j);
      const end = hit ? toks.at(j + hit.count - 1)?.end : undefined;
      if (hit && end !== undefined && /^\s*[:：]/.test(rest.slice(end, end + 20))) return toks.at(j)?.start ?? 0;
    }
    return undefined;
  }
}
