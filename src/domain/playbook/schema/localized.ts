/**
 * Texts in two languages: wherever a playbook has a human text, it may be a plain string (one language, as always)
 * or `{ en: ..., nb: ... }`. No transform: the parsed playbook keeps both, so the engine renders its comments in the
 * playbook's `language` and the panel shows names in the viewer's.
 */
import { z } from 'zod';

export const TEXT_LANGUAGES = ['en', 'nb'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** `{ en, nb }` of `inner` (a template or a plain text), at least one given. */
export function localized<T extends z.ZodType<string>>(inner: T) {
  const variants = z
    .strictObject({ en: inner.optional(), nb: inner.optional() })
    .refine((v) => v.en !== undefined || v.nb !== undefined, {
      message: 'give the text in at least one language: en or nb',
      params: { code: 'required' },
    })
    .meta({ minProperties: 1 });
  return z.union([inner, variants]);
}

export type LocalizedText = string | { en?: string | undefined; nb?: string | undefined };

/** The text in `lang`, else in `fallback`, else whichever the playbook has (plain strings are every language). */
export function textIn(text: LocalizedText, lang: TextLanguage, fallback: TextLanguage = lang): string {
  if (typeof text === 'string') return text;
  return text[lang] ?? text[fallback] ?? text.en ?? text.nb ?? '';
}

/** Each language variant with its path suffix ('' for a plain string), for checks that look at every variant. */
export function variantsOf(text: LocalizedText): [suffix: string, source: string][] {
  if (typeof text === 'string') return [['', text]];
  return TEXT_LANGUAGES.flatMap((l): [string, string][] => {
    const v = text[l];
    return v === undefined ? [] : [[`.${l}`, v]];
  });
}

const isTextObject = (v: unknown): v is Record<TextLanguage, unknown> => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => (TEXT_LANGUAGES as readonly string[]).includes(k));
};

/**
 * Every `{ en, nb }` text in a (possibly half-valid) playbook document that lacks the playbook's language: comments
 * render in that language, so it must be there. Walks the document rather than a list of fields, so texts added to
 * the format later are covered; a setProperty's `value` is the admin's own JSON and is left alone.
 */
export function missingLanguage(doc: unknown, lang: TextLanguage): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, [...path, i]));
    if (v === null || typeof v !== 'object') return;
    if (isTextObject(v)) {
      if (typeof v[lang] !== 'string') out.push(path);
      return;
    }
    const o = v as Record<string, unknown>;
    for (const [k, x] of Object.entries(o)) if (!(k === 'value' && o.do === 'setProperty')) walk(x, [...path, k]);
  };
  walk(doc, []);
  return out;
}

/** The playbook-level check: every `{ en, nb }` text has the playbook's `language` (English when not set). */
export function requireOwnLanguage(doc: unknown, ctx: z.RefinementCtx): void {
  const language = (doc as { language?: unknown } | null)?.language ?? 'en';
  if (language !== 'en' && language !== 'nb') return;
  for (const path of missingLanguage(doc, language))
    ctx.addIssue({
      code: 'custom',
      path,
      message: `the playbook's language is ${language}, and its comments are written in it: add '${language}:' to this text`,
      params: { code: 'missing_language' },
    });
}
