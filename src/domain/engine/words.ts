/** Reading an answer from free text: decline phrases first ("not approved" contains "approved"), then approve words. */

export type WordAnswer = 'approve' | 'decline' | 'ambiguous' | 'none';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function phrase(word: string): RegExp {
  const body = word.trim().split(/\s+/).map(escape).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Quoted lines of an email reply ("> ...") are the question, not the answer. */
function ownWords(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('>'))
    .join('\n')
    .replace(/[\u2018\u2019]/g, "'");
}

export function readAnswer(
  text: string,
  words: { approve: readonly string[]; decline: readonly string[] },
): WordAnswer {
  let rest = ownWords(text);
  let declined = false;
  for (const w of [...words.decline].sort((a, b) => b.length - a.length)) {
    const re = phrase(w);
    if (re.test(rest)) {
      declined = true;
      rest = rest.replace(phrase(w), ' ');
    }
  }
  const approved = words.approve.some((w) => phrase(w).test(rest));
  if (declined && approved) return 'ambiguous';
  if (declined) return 'decline';
  return approved ? 'approve' : 'none';
}

/** Whether `text` names `needle` as a whole word or phrase, ignoring case and spacing. */
export function names(text: string, needle: string): boolean {
  return needle.trim() !== '' && phrase(needle).test(text);
}
