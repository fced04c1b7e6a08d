// The admin page's pure helpers, without a browser: locale mapping, both catalogs complete, the form's in-place YAML
// edits, line ranges for "go to line", and folded diffs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeOf, translator } from '../../static/admin-page/src/i18n';
import { en } from '../../static/admin-page/src/messages-en';
import { enMore } from '../../static/admin-page/src/messages-en-more';
import { no } from '../../static/admin-page/src/messages-no';
import { noMore } from '../../static/admin-page/src/messages-no-more';
import { lineRange } from '../../static/admin-page/src/playbooks/lines';
import { lineDiff, withContext } from '../../static/admin-page/src/playbooks/line-diff';
import { readFields, writeField } from '../../static/admin-page/src/playbooks/yaml-fields';

const S1 = readFileSync(join(__dirname, '..', '..', 'playbooks', 'everbright.yaml'), 'utf8');

test('Norwegian codes map to no-NO, everything else to en-US', () => {
  for (const code of ['nb', 'nb-NO', 'nn_NO', 'no', 'NO-no']) expect(localeOf(code)).toBe('no-NO');
  for (const code of ['en', 'en-GB', 'de-DE', '', undefined]) expect(localeOf(code)).toBe('en-US');
});

test('both catalogs have every key, each filled, with the same placeholders', () => {
  const pairs: [Record<string, string>, Record<string, string>][] = [
    [en, no],
    [enMore, noMore],
  ];
  for (const [english, norwegian] of pairs) {
    expect(Object.keys(norwegian).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(english)) {
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect({ key, holes: holes(norwegian[key] ?? '') }).toEqual({ key, holes: holes(text) });
      expect(norwegian[key]?.trim()).not.toBe('');
    }
  }
  expect(translator('no-NO')('problems.line', { line: 7 })).toBe('Linje 7');
});

test('the form rewrites only its own value and keeps every other line', () => {
  const edited = writeField(writeField(S1, 'name', 'Renamed: "quoted"'), 'description', 'Short');
  expect(readFields(edited)).toEqual({ name: 'Renamed: "quoted"', description: 'Short' });
  const others = (text: string) => text.replace(/^name:.*\n/m, '').replace(/^description:[\s\S]*?\n(?=\S)/m, '');
  expect(others(edited)).toBe(others(S1));
  expect(readFields('steps: [')).toBeUndefined();
});

test('a line range covers exactly that line; out-of-range lines clamp', () => {
  const text = 'a\nbcd\n\nef';
  expect(lineRange(text, 2)).toEqual([2, 5]);
  expect(text.slice(...lineRange(text, 4))).toBe('ef');
  expect(lineRange(text, 99)).toEqual(lineRange(text, 4));
  expect(lineRange(text, 0)).toEqual([0, 1]);
});

test('diffs keep three lines around each change and fold the rest', () => {
  const from = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
  const to = from.replace('line 10', 'line ten');
  const rows = withContext(lineDiff(from, to));
  expect(rows[0]).toEqual({ kind: 'skipped', count: 6 });
  expect(rows.filter((r) => r.kind === 'removed')).toEqual([{ kind: 'removed', text: 'line 10' }]);
  expect(rows.filter((r) => r.kind === 'added')).toEqual([{ kind: 'added', text: 'line ten' }]);
  expect(rows[rows.length - 1]).toEqual({ kind: 'skipped', count: 7 });
  expect(withContext(lineDiff(from, from))).toEqual([{ kind: 'skipped', count: 20 }]);
});
