/**
 * HTML remnants (whole HTML emails, or tags and entities left inside text) to plain lines.
 * htmlparser2 12 is ESM-only and cannot load under the project's CommonJS jest on Node 20, so tags are scanned here
 * (only known tag names, so "Jane <jane@acme.com>" survives) and html-entities decodes the text between them.
 */
import { decode } from 'html-entities';

const KNOWN_TAGS =
  'html|head|body|meta|title|style|script|p|br|div|span|a|b|i|u|s|em|strong|font|small|big|center|sup|sub|' +
  'table|thead|tbody|tfoot|tr|td|th|caption|col|colgroup|ul|ol|li|dl|dt|dd|h[1-6]|blockquote|hr|pre|code|img|' +
  'section|article|header|footer|label|strike|del|ins|mark|wbr|tt|abbr|address|o:p|input|link|base';
const TAG = new RegExp(`<!--[\\s\\S]*?(?:-->|$)|<(/?)(${KNOWN_TAGS})(?=[\\s/>])(?:[^<>"']|"[^"]*"|'[^']*')*>`, 'gi');

const BLOCK = new Set([
  ...['p', 'div', 'tr', 'table', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'hr', 'pre', 'title'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'address', 'caption'],
]);
const SKIPPED = new Set(['style', 'script', 'head', 'title']);

/** True when the text holds a known tag or an entity. */
export function looksLikeHtml(text: string): boolean {
  TAG.lastIndex = 0;
  return /&(?:#\d+|#x[0-9a-f]+|[a-z]+\d?);/i.test(text) || TAG.test(text);
}

class Lines {
  readonly out: string[] = [];
  line = '';
  quoteDepth = 0;
  skipDepth = 0;
  cellsInRow = 0;

  flush(): void {
    this.out.push('> '.repeat(this.quoteDepth) + this.line);
    this.line = '';
  }

  blockEdge(): void {
    if (this.line.trim() !== '') this.flush();
  }

  open(name: string): void {
    if (SKIPPED.has(name)) this.skipDepth += 1;
    if (name === 'br') return this.flush();
    if (name === 'tr') this.cellsInRow = 0;
    if (name === 'td' || name === 'th') {
      if (this.cellsInRow > 0) this.line += ' | ';
      this.cellsInRow += 1;
    }
    if (BLOCK.has(name)) this.blockEdge();
    if (name === 'blockquote') this.quoteDepth += 1;
    if (name === 'li') this.line += '- ';
    if (name === 'img' || name === 'input') this.line += ' ';
  }

  close(name: string): void {
    if (SKIPPED.has(name)) this.skipDepth = Math.max(0, this.skipDepth - 1);
    if (BLOCK.has(name)) this.blockEdge();
    if (name === 'blockquote') this.quoteDepth = Math.max(0, this.quoteDepth - 1);
  }

  text(raw: string): void {
    if (this.skipDepth > 0 || raw === '') return;
    // Real newlines in remnant text are line breaks; in a full HTML email they are only source formatting.
    this.line += decode(raw.replace(/\s*\n\s*/g, ' '));
  }
}

/**
 * Blocks become lines, table cells are joined with " | ", list items start with "- ", and blockquote lines start
 * with "> " so that quoted replies can be recognised and cut later.
 */
export function htmlToText(html: string): string {
  // A whole HTML document breaks source lines anywhere; in remnant text a newline is a line break.
  const isDocument = /<(?:html|body)\b/i.test(html);
  const source = isDocument ? html : html.replace(/\r\n?|\n/g, '<br>');
  const lines = new Lines();
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m !== null; m = TAG.exec(source)) {
    lines.text(source.slice(at, m.index));
    at = m.index + m[0].length;
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // a comment
    if (m[1] === '/') lines.close(name);
    else {
      lines.open(name);
      if (m[0].endsWith('/>') && name !== 'br') lines.close(name);
    }
  }
  lines.text(source.slice(at));
  if (lines.line !== '') lines.flush();
  return lines.out.join('\n');
}
