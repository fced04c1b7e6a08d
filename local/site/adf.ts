// Atlassian Document Format: plain text and email HTML in, plain text out.
import { decode } from 'html-entities';
import type { Adf } from './model';

export function textToAdf(text: string): Adf {
  const paragraphs = text
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((p) => ({
      type: 'paragraph',
      content: p
        .split('\n')
        .flatMap((line, i) => [
          ...(i > 0 ? [{ type: 'hardBreak' }] : []),
          ...(line === '' ? [] : [{ type: 'text', text: line }]),
        ]),
    })),
  };
}

const BLOCK = /<\/?(p|div|li|tr|h[1-6]|table|ul|ol|blockquote)\b[^>]*>/gi;

/** What JSM's mail handler does, roughly: blocks become paragraphs, <br> a line break, tags and styles dropped.
 * (A tokenizer, not htmlparser2: htmlparser2 12 is ESM-only and jest here cannot load it.) */
export function htmlToAdf(html: string): Adf {
  if (!/<[a-z][\s\S]*>/i.test(html)) return textToAdf(html);
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|style|script)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(BLOCK, '\n\n')
    .replace(/<[^>]*>/g, '');
  const lines = decode(text)
    .split('\n')
    .map((l) => l.replace(/\u00a0/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  return textToAdf(lines);
}

export function adfToText(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  const n = node as { type?: string; text?: string; content?: unknown[]; attrs?: { text?: string } };
  if (n.type === 'text') return n.text ?? '';
  if (n.type === 'hardBreak') return '\n';
  if (n.type === 'mention') return n.attrs?.text ?? '';
  const inner = (n.content ?? []).map(adfToText);
  return n.type === 'doc' ? inner.join('\n\n') : inner.join('');
}

export function isAdf(value: unknown): value is Adf {
  return !!value && typeof value === 'object' && (value as { type?: unknown }).type === 'doc';
}
