/** Any description (ADF, HTML, plain text, JSON text of ADF, garbage) to clean lines, quoted replies cut off. */
import { renderAdf } from './adf';
import { htmlToText, looksLikeHtml } from './html';

function rawText(description: unknown): string {
  if (typeof description === 'string') {
    const trimmed = description.trim();
    if (trimmed.startsWith('{') && trimmed.includes('"type"')) {
      try {
        return renderAdf(JSON.parse(trimmed) as unknown);
      } catch {
        return description;
      }
    }
    return description;
  }
  return renderAdf(description);
}

const cleanLine = (line: string): string =>
  line
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\t+/g, ' | ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

const QUOTE_START = [
  /^>/,
  /^-{2,}\s*(original message|opprinnelig melding|forwarded message|videresendt melding)/i,
  /^_{8,}$/,
  // "On …, Jane <j@x> wrote:" and "Den … skrev Kari <k@x>:"
  /^(on|den|am|le)\s.{0,300}\s(wrote|skrev|schrieb|a écrit)(\s.{0,200})?:\s*$/i,
];
const HEADER = /^(from|fra|sent|sendt|date|dato|to|til|subject|emne):\s/i;
const SIGNATURE = [
  /^--\s*$/,
  /^((best|kind|warm|many)\s)?(regards|thanks|thank you|cheers)[,!.]*$/i,
  /^(med\s)?(vennlig|beste)\s?hilsen[,!.]*$/i,
  /^(mvh|hilsen|takk)[,!.]*$/i,
  /^(sent from my|sendt fra min)\s/i,
];

export const isSignature = (line: string): boolean => SIGNATURE.some((r) => r.test(line));

function quoteStart(lines: readonly string[]): number {
  const firstContent = lines.findIndex((l) => l !== '' && !l.startsWith('>'));
  for (let i = Math.max(firstContent, 0); i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (QUOTE_START.some((r) => r.test(line))) return i;
    // "On Wed, 25 Nov 2026, Jane <jane@acme.com>" / "wrote:" split over two lines.
    if (/^on\s/i.test(line) && /^\S*\s*wrote:$/i.test(lines[i + 1] ?? '')) return i;
    if (/^(from|fra):\s/i.test(line) && lines.slice(i + 1, i + 5).filter((l) => HEADER.test(l)).length >= 2) return i;
  }
  return lines.length;
}

/**
 * The text of a description: ADF rendered (one line per paragraph, hard breaks as newlines, table rows as
 * "cell | cell", list items as "- ", quotes as "> "), ADF given as JSON text parsed first, HTML remnants turned into
 * lines with entities decoded, plain text as it is. Never throws: anything else gives ''.
 */
export function adfToText(description: unknown): string {
  try {
    const text = rawText(description);
    return looksLikeHtml(text) ? htmlToText(text) : text;
  } catch {
    return '';
  }
}

/** Clean, non-quoted lines of the description; a message that is entirely quoted is read unquoted. */
export function descriptionLines(description: unknown): string[] {
  const lines = adfToText(description)
    .split(/\r\n?|\n/)
    .map(cleanLine);
  if (lines.every((l) => l === '' || l.startsWith('>'))) return lines.map((l) => l.replace(/^(>\s?)+/, '').trim());
  return lines.slice(0, quoteStart(lines));
}

/**
 * What the sender wrote in an email turned into a ticket or comment: the quoted thread ("> ", "On … wrote:",
 * "-----Original Message-----", Outlook headers) and the signature ("--", "Best regards", "Mvh"…) cut off, so that
 * words in the quoted question are not read as the answer.
 */
export function replyText(description: unknown): string {
  const lines = descriptionLines(description);
  const firstContent = lines.findIndex((l) => l !== '');
  const signature = lines.findIndex((l, i) => i > firstContent && isSignature(l));
  return lines
    .slice(0, signature < 0 ? lines.length : signature)
    .join('\n')
    .trim();
}
