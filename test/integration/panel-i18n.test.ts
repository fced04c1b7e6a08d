// The panel's texts: Jira's Norwegian codes map to Forge's no-NO, both catalogs have the same keys and placeholders.
import { localeOf, translator } from '../../static/issue-panel/src/i18n';
import { en } from '../../static/issue-panel/src/messages-en';
import { no } from '../../static/issue-panel/src/messages-no';

test.each(['nb', 'nn', 'no', 'nb-NO', 'no-NO', 'nb_NO', 'NN-no'])('%s is Norwegian Bokmål (no-NO)', (code) => {
  expect(localeOf(code)).toBe('no-NO');
});

test.each(['en', 'en-US', 'en_GB', 'de-DE', '', undefined])('%s falls back to English', (code) => {
  expect(localeOf(code)).toBe('en-US');
});

test('both catalogs have the same keys, and each text the same placeholders', () => {
  expect(Object.keys(no).sort()).toEqual(Object.keys(en).sort());
  const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const [key, text] of Object.entries(en))
    expect([key, holes(no[key as keyof typeof no])]).toEqual([key, holes(text)]);
});

test('placeholders are filled; a missing one stays visible rather than vanishing', () => {
  expect(translator('no-NO')('progress.value', { done: 2, total: 8 })).toBe('2 av 8 steg');
  expect(translator('en-US')('progress.value', { done: 2 })).toBe('2 of {total} steps');
});
