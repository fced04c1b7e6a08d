import fc from 'fast-check';
import { adfToText, intakeFieldSchema, parseIntake, type IntakeField } from '../../../src/domain/intake';
import { everBright, optergy } from './fixtures';

const adfLike: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      type: fc.constant('text'),
      text: fc.string(),
      marks: fc.option(fc.array(fc.anything()), { nil: undefined }),
    }),
    fc.record({
      type: fc.constantFrom('hardBreak', 'rule', 'mention', 'emoji', 'date', 'status', 'inlineCard'),
      attrs: fc.anything(),
    }),
    fc.record({
      type: fc.constantFrom(
        'doc',
        'paragraph',
        'table',
        'tableRow',
        'tableCell',
        'bulletList',
        'orderedList',
        'listItem',
        'blockquote',
        'panel',
        'heading',
        'unknownNode',
      ),
      content: fc.oneof(fc.array(tie('node'), { maxLength: 4 }), fc.anything()),
    }),
    fc.anything(),
  ),
})).node;

const fieldArb: fc.Arbitrary<IntakeField> = fc.record({
  name: fc.string({ minLength: 1, maxLength: 8 }),
  label: fc.oneof(fc.string({ minLength: 1 }), fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 3 })),
  type: fc.constantFrom('text', 'email', 'date', 'select', 'boolean'),
  required: fc.boolean(),
  options: fc.option(fc.array(fc.string()), { nil: undefined }),
});

const htmlish = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<p>',
        '</p>',
        '<br>',
        '&nbsp;',
        '&amp;',
        '<td>',
        '<tr>',
        '<blockquote>',
        '> ',
        ':',
        '\n',
        '|',
        '<!--',
        '<a href="x">',
        'wrote:',
        '--',
        'Contractor Installer name',
      ),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('never throws', () => {
  it('adfToText returns a string for anything', () => {
    fc.assert(fc.property(fc.oneof(fc.anything(), adfLike), (input) => typeof adfToText(input) === 'string'));
  });

  it('parseIntake returns values and problems for any description and any fields', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), adfLike, htmlish), fc.array(fieldArb, { maxLength: 4 }), (input, fields) => {
        const result = parseIntake(input, fields);
        return typeof result.values === 'object' && Array.isArray(result.problems);
      }),
    );
  });

  it('reports every required field exactly once, either as a value or as a problem', () => {
    fc.assert(
      fc.property(fc.oneof(adfLike, htmlish), (input) => {
        const { values, problems } = parseIntake(input, optergy);
        return optergy
          .filter((f) => f.required)
          .every((f) => (f.name in values ? 1 : 0) + problems.filter((p) => p.field === f.name).length === 1);
      }),
    );
  });
});

// Unfilled-form placeholders ("N/A", "TBD", "none"...) are read as empty on purpose: keep them out of values.
const notPlaceholder = (s: string): boolean =>
  !['na', 'tbd', 'tba', 'none', 'ingen', 'value', 'xxx'].includes(s.toLowerCase().replace(/[^a-z0-9]/g, ''));

const safeText = fc
  .stringMatching(/^[A-Za-z0-9][A-Za-z0-9 &.,'-]{0,30}[A-Za-z0-9]$/)
  .filter((s) => !/(contractor|installer|regards|thanks)/i.test(s) && notPlaceholder(s));
const emailArb = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._]{0,10}[a-z0-9]$/), fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/))
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain]) => `${local}@${domain}.example`);

const layouts: ((label: string, value: string) => string)[] = [
  (l, v) => `${l}: ${v}`,
  (l, v) => `${l.toUpperCase()}:\n\n${v}`,
  (l, v) => `<p><b>${l}</b></p><p>${v.replace(/&/g, '&amp;')}</p>`,
  (l, v) => `- ${l.toLowerCase()} - ${v}`,
  (l, v) => `${l} | ${v}`,
];

describe('a value written under its label is read back', () => {
  it('in any layout, in any order, among noise lines', () => {
    fc.assert(
      fc.property(
        safeText,
        emailArb,
        fc.constantFrom(...layouts),
        fc.boolean(),
        fc.array(fc.constantFrom('Hi team,', '', 'Please set this up.', 'Sent via portal'), { maxLength: 3 }),
        (name, email, layout, swap, noise) => {
          const lines = [
            layout('Contractor Installer name', name),
            layout('Contractor Installer contact email', email),
          ];
          if (swap) lines.reverse();
          const body = [...noise, ...lines, 'Thanks,', 'Tom'].join('\n');
          const { values, problems } = parseIntake(body, everBright);
          expect(problems).toEqual([]);
          expect(values).toEqual({ installerName: name.replace(/\s+/g, ' '), installerEmail: email });
        },
      ),
    );
  });

  it('for every field type, as ADF paragraphs', () => {
    const cases = fc.oneof(
      fc.constant<[IntakeField['type'], string, string | boolean]>(['boolean', 'Yes', true]),
      fc.constant<[IntakeField['type'], string, string | boolean]>(['date', '25.11.2026', '2026-11-25']),
      fc.constant<[IntakeField['type'], string, string | boolean]>(['select', 'large', 'Large']),
      emailArb.map((e): [IntakeField['type'], string, string | boolean] => ['email', e.toUpperCase(), e]),
      safeText.map((t): [IntakeField['type'], string, string | boolean] => ['text', t, t.replace(/\s+/g, ' ')]),
    );
    fc.assert(
      fc.property(cases, ([type, written, expected]) => {
        const field = intakeFieldSchema.parse({ name: 'x', label: 'Some Field', type, options: ['Small', 'Large'] });
        const adf = {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: `Some field: ${written}` }] }],
        };
        expect(parseIntake(adf, [field])).toEqual({ values: { x: expected }, problems: [] });
      }),
    );
  });

  it('never gives one field the value of another, even when one label starts with another', () => {
    const pool = ['Contact', 'Contact email', 'Contact email backup', 'Start', 'Start date', 'Company', 'Company name'];
    const word = fc
      .stringMatching(/^[A-Z][a-z]{2,8}$/)
      .filter((w) => !/contact|email|backup|start|date|compan|name/i.test(w));
    const valueArb = fc
      .array(word, { minLength: 1, maxLength: 3 })
      .map((ws) => ws.join(' '))
      .filter(notPlaceholder);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...pool), { minLength: 2, maxLength: pool.length }),
        fc.array(valueArb, { minLength: pool.length, maxLength: pool.length }),
        fc.array(fc.constantFrom(...layouts), { minLength: pool.length, maxLength: pool.length }),
        fc.boolean(),
        (labels, values, lineLayouts, reverse) => {
          const fields: IntakeField[] = labels.map((label, i) => ({
            name: `f${i}`,
            label,
            type: 'text',
            required: true,
          }));
          const lines = labels.map((label, i) => (lineLayouts[i] ?? layouts[0]!)(label, values[i] ?? ''));
          if (reverse) lines.reverse();
          const { values: read, problems } = parseIntake(lines.join('\n'), fields);
          expect(problems).toEqual([]);
          expect(read).toEqual(Object.fromEntries(labels.map((_, i) => [`f${i}`, values[i]])));
        },
      ),
    );
  });
});
