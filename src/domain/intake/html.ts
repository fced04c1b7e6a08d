/** HTML remnants (whole HTML emails, or tags and entities left inside text) to plain lines. */
import { Parser } from 'htmlparser2';

// Only these names count as tags: "Jane <jane@acme.com>" or "a < b" must survive as text.
const KNOWN_TAGS =
  'html|head|body|meta|title|style|script|p|br|div|span|a|b|i|u|s|em|strong|font|small|big|center|sup|sub|' +
  'table|thead|tbody|tfoot|tr|td|th|caption|col|colgroup|ul|ol|li|dl|dt|dd|h[1-6]|blockquote|hr|pre|code|img|' +
  'section|article|header|footer|label|strike|del|ins|mark|wbr|tt|abbr|address|o:p|input';
const NOT_A_TAG = new RegExp(`<(?!(?:/?(?:${KNOWN_TAGS})(?=[\\s/>])[^<>]*>|!--))`, 'gi');

const BLOCK = new Set([
  'p',
  'div',
  'tr',
  'table',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'hr',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'address',
  'caption',
  'title',
]);
const SKIPPED = new Set(['style', 'script', 'head']);

/** True when the text holds something an HTML parser would change (a known tag or an entity). */
export function looksLikeHtml(text: string): boolean {
  return /&(?:#\d+|#x[0-9a-f]+|[a-z]+\d?);/i.test(text) || text.replace(NOT_A_TAG, '&lt;').includes('<');
}

/**
 * Blocks become lines, table cells are joined with " | ", list items start with "- ", and blockquote lines start
 * with "> " so that quoted replies can be recognised and cut later.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let line = '';
  let quoteDepth = 0;
  let skipDepth = 0;
  let cellsInRow = 0;
  const flush = (): void => {
    out.push('> '.repeat(quoteDepth) + line);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipDepth += 1;
        if (name === 'td' || name === 'th') {
          if (cellsInRow > 0) line += ' | ';
          cellsInRow += 1;
        }
        if (name === 'tr') cellsInRow = 0;
        if (BLOCK.has(name) && line.trim() !== '') flush();
        if (name === 'blockquote') quoteDepth += 1;
        if (name === 'li') line += '- ';
        if (name === 'img' || name === 'input') line += ' ';
      },
      ontext(text) {
        if (skipDepth === 0) line += text.replace(/[\r\n]+/g, ' ');
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'br') flush();
        else if (BLOCK.has(name) && line.trim() !== '') flush();
        if (name === 'blockquote') quoteDepth = Math.max(0, quoteDepth - 1);
        if (name === 'td' || name === 'th') line += ' ';
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  // Plain-text newlines are real line breaks in remnant text: keep them by turning them into <br>.
  parser.write(html.replace(NOT_A_TAG, '&lt;').replace(/\r\n?|\n/g, '<br>'));
  parser.end();
  if (line !== '') flush();
  return out.join('\n');
}
