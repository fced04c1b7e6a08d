/** Normalising one raw value by field type. Failures carry what the person wrote and how to fix it. */
import { z } from 'zod';
import { parseDate } from './dates';
import { INTAKE_TEXTS, type IntakeLanguage } from './messages';

export type FieldType = 'text' | 'email' | 'date' | 'select' | 'boolean';

export type Converted =
  { ok: true; value: string | boolean } | { ok: false; code: 'invalid' | 'ambiguous'; why: string };

const emailSchema = z.email();
const EMAIL_LIKE = /[^\s<>()[\]"',;:\u2018\u2019\u201c\u201d«»]+@[^\s<>()[\]"',;:\u2018\u2019\u201c\u201d«»]+/g;

/**
 * Control characters and the bidi embeddings, overrides and isolates: invisible, yet a value carrying them can read
 * differently in Jira ("SunPower\u202E srellatsnI" shows as "SunPower Installers"). Intake values never keep them.
 */
// eslint-disable-next-line no-control-regex -- these characters are exactly what is removed
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
export const visible = (s: string): string => s.replace(INVISIBLE, '');

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

const UNACCENTED: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l', œ: 'oe' };

/** Case, accents, spacing and punctuation do not matter when comparing labels and options ("Ønsket" = "onsket"). */
export const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæßđłœ]/g, (c) => UNACCENTED[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, '');

function email(raw: string, lang: IntakeLanguage): Converted {
  const found = new Set(
    (raw.replace(/mailto:/gi, ' ').match(EMAIL_LIKE) ?? []).map((e) => e.replace(/[.]+$/, '').toLowerCase()),
  );
  const all = [...found];
  if (all.length > 1)
    return {
      ok: false,
      code: 'ambiguous',
      why: INTAKE_TEXTS[lang].severalEmails(all),
    };
  const [only] = all;
  if (only !== undefined && emailSchema.safeParse(only).success) return { ok: true, value: only };
  return { ok: false, code: 'invalid', why: INTAKE_TEXTS[lang].notEmail(collapse(raw)) };
}

const TRUE = new Set(['yes', 'y', 'ja', 'j', 'true', 'x', '1', 'checked', 'on', 'sant']);
const FALSE = new Set(['no', 'n', 'nei', 'false', '0', 'unchecked', 'off', 'usant', 'none']);

function boolean(raw: string, lang: IntakeLanguage): Converted {
  const text = collapse(raw).toLowerCase();
  if (/^\[\s*[x✓✔]\s*\]|^[☑☒✓✔]/.test(text)) return { ok: true, value: true };
  if (/^\[\s*\]|^☐/.test(text)) return { ok: true, value: false };
  const first = /^[\p{L}\p{N}]+/u.exec(text)?.[0] ?? '';
  if (TRUE.has(first)) return { ok: true, value: true };
  if (FALSE.has(first)) return { ok: true, value: false };
  return { ok: false, code: 'invalid', why: INTAKE_TEXTS[lang].notYesNo(collapse(raw)) };
}

function select(raw: string, options: readonly string[], lang: IntakeLanguage): Converted {
  const wanted = fold(raw);
  const hit = options.find((o) => fold(o) === wanted);
  if (hit !== undefined) return { ok: true, value: hit };
  return {
    ok: false,
    code: 'invalid',
    why: INTAKE_TEXTS[lang].notOption(collapse(raw), options),
  };
}

function date(raw: string, lang: IntakeLanguage): Converted {
  const r = parseDate(collapse(raw));
  if (r.ok) return r;
  if (r.code === 'ambiguous')
    return {
      ok: false,
      code: 'ambiguous',
      why: INTAKE_TEXTS[lang].eitherDate(collapse(raw), r.readings[0], r.readings[1]),
    };
  return { ok: false, code: 'invalid', why: INTAKE_TEXTS[lang].notDate(collapse(raw)) };
}

/** `lang` is the language of the failure's `why` (the playbook's); the values read do not depend on it. */
export function convert(
  type: FieldType,
  written: string,
  options: readonly string[] = [],
  lang: IntakeLanguage = 'en',
): Converted {
  const raw = visible(written);
  switch (type) {
    case 'email':
      return email(raw, lang);
    case 'date':
      return date(raw, lang);
    case 'select':
      return select(raw, options, lang);
    case 'boolean':
      return boolean(raw, lang);
    default:
      return { ok: true, value: collapse(raw) };
  }
}

/** What a correct line looks like, for problem messages. */
export function example(type: FieldType, options: readonly string[] = [], lang: IntakeLanguage = 'en'): string {
  switch (type) {
    case 'email':
      return INTAKE_TEXTS[lang].exampleEmail;
    case 'date':
      return INTAKE_TEXTS[lang].exampleDate;
    case 'select':
      return options[0] ?? '...';
    case 'boolean':
      return INTAKE_TEXTS[lang].exampleYes;
    default:
      return '...';
  }
}
