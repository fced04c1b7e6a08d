/** Atlassian Document Format (as Jira stores a description) to plain text lines. */

const MAX_DEPTH = 64;

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const children = (n: Node): unknown[] => (Array.isArray(n.content) ? (n.content as unknown[]) : []);
const attr = (n: Node, key: string): string => {
  const attrs = n.attrs;
  if (!isNode(attrs)) return '';
  const v = attrs[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
};

function inline(nodes: unknown[], depth: number): string {
  return nodes.map((c) => render(c, depth + 1)).join('');
}

function blocks(nodes: unknown[], depth: number): string {
  return nodes
    .map((c) => render(c, depth + 1))
    .filter((s) => s !== '')
    .join('\n');
}

const prefixLines = (text: string, first: string, rest: string): string =>
  text
    .split('\n')
    .map((l, i) => (i === 0 ? first : rest) + l)
    .join('\n');

function render(node: unknown, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return blocks(node, depth);
  if (!isNode(node)) return '';
  const kids = children(node);
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? node.text : '';
    case 'hardBreak':
      return '\n';
    case 'mention':
    case 'emoji':
    case 'status':
      return attr(node, 'text') || attr(node, 'shortName');
    case 'inlineCard':
      return attr(node, 'url');
    case 'date': {
      const ms = Number(attr(node, 'timestamp'));
      return Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString().slice(0, 10) : '';
    }
    case 'paragraph':
    case 'heading':
    case 'codeBlock':
      return inline(kids, depth);
    case 'listItem':
      return blocks(kids, depth);
    case 'bulletList':
      return kids.map((c) => prefixLines(render(c, depth + 1), '- ', '  ')).join('\n');
    case 'orderedList':
      return kids.map((c, i) => prefixLines(render(c, depth + 1), `${i + 1}. `, '   ')).join('\n');
    case 'blockquote':
      return prefixLines(blocks(kids, depth), '> ', '> ');
    case 'tableRow':
      return kids.map((c) => render(c, depth + 1).replace(/\s*\n\s*/g, ' ')).join(' | ');
    case 'rule':
      return '';
    default:
      // doc, table, panel, expand, layouts and node types we do not know: their text still counts.
      return kids.some((k) => isNode(k) && (k.type === 'text' || k.type === 'hardBreak'))
        ? inline(kids, depth)
        : blocks(kids, depth);
  }
}

/** The text of an ADF document: one line per paragraph, table rows as "cell | cell"; a string as it is. */
export function renderAdf(adf: unknown): string {
  return typeof adf === 'string' ? adf : render(adf, 0);
}
