// The page's texts in English and Norwegian Bokmål, keyed by the locale Forge's context carries.
import { en } from './messages-en';
import { enMore } from './messages-en-more';
import { no } from './messages-no';
import { noMore } from './messages-no-more';

export type Messages = Record<keyof typeof en | keyof typeof enMore, string>;

export type Locale = 'en-US' | 'no-NO';
export type MessageKey = keyof Messages;

/** Jira's Norwegian codes (nb, nn, no, with or without region, '-' or '_') all map to Forge's 'no-NO'. */
export function localeOf(raw: string | undefined): Locale {
  const lang = (raw ?? '').toLowerCase().split(/[-_]/)[0];
  return lang === 'nb' || lang === 'nn' || lang === 'no' ? 'no-NO' : 'en-US';
}

const catalogs: Record<Locale, Messages> = { 'en-US': { ...en, ...enMore }, 'no-NO': { ...no, ...noMore } };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const messages = catalogs[locale];
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : String(value);
    });
}

/** A known message key, or undefined: codes from the server may be new to this page. */
export function knownKey(key: string): MessageKey | undefined {
  return Object.hasOwn(en, key) || Object.hasOwn(enMore, key) ? (key as MessageKey) : undefined;
}

export function formatDate(iso: string | undefined, locale: Locale): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'no-NO' ? 'nb-NO' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(d);
}

/** A duration in milliseconds as days and hours (or minutes when short), in the page's language. */
export function formatDuration(ms: number, t: Translate): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return t('duration.minutes', { n: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('duration.hours', { n: hours });
  return t('duration.days', { n: Math.round((hours / 24) * 10) / 10 });
}
