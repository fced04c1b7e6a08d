// The page's texts in English and Norwegian Bokmål, keyed by the locale Forge's context carries.
import { en, type Messages } from './messages-en';
import { no } from './messages-no';

export type Locale = 'en-US' | 'no-NO';
export type MessageKey = keyof Messages;

/** Jira's Norwegian codes (nb, nn, no, with or without region, '-' or '_') all map to Forge's 'no-NO'. */
export function localeOf(raw: string | undefined): Locale {
  const lang = (raw ?? '').toLowerCase().split(/[-_]/)[0];
  return lang === 'nb' || lang === 'nn' || lang === 'no' ? 'no-NO' : 'en-US';
}

const catalogs: Record<Locale, Messages> = { 'en-US': en, 'no-NO': no };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const messages = catalogs[locale];
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : String(value);
    });
}

/** A known message key, or undefined: reason and status codes from the server may be new to this page. */
export function knownKey(key: string): MessageKey | undefined {
  return Object.hasOwn(en, key) ? (key as MessageKey) : undefined;
}

/** Times show in the user's Jira time zone (from the context); UTC until it is known or when Intl does not know it. */
let displayZone = 'UTC';
export function setTimeZone(zone: string | undefined): void {
  if (!zone) return;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    displayZone = zone;
  } catch {
    displayZone = 'UTC';
  }
}

export function formatDate(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'no-NO' ? 'nb-NO' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: displayZone,
  }).format(d);
}

/** A calendar day (YYYY-MM-DD: the playbook calendar's day, shown as it is) or the day of an instant, without time. */
export function formatDay(day: string, locale: Locale): string {
  const plain = /^\d{4}-\d{2}-\d{2}$/.test(day);
  const d = new Date(plain ? `${day}T12:00:00Z` : day);
  if (Number.isNaN(d.getTime())) return day;
  return new Intl.DateTimeFormat(locale === 'no-NO' ? 'nb-NO' : 'en-GB', {
    dateStyle: 'medium',
    timeZone: plain ? 'UTC' : displayZone,
  }).format(d);
}
