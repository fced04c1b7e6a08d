import fc from 'fast-check';
import {
  adfDocSchema,
  bulletList,
  doc,
  mention,
  mentionedAccountIds,
  paragraph,
  text,
  type AdfDoc,
} from '../../src/jira';

// What a reader sees: text nodes as typed, hardBreak as a newline, mentions as @label.
function plain(document: AdfDoc): string {
  return document.content
    .flatMap((block) => (block.type === 'paragraph' ? [block] : block.content.flatMap((item) => item.content)))
    .map((p) =>
      p.content.map((n) => (n.type === 'text' ? n.text : n.type === 'hardBreak' ? '\n' : n.attrs.text)).join(''),
    )
    .join('\n\n');
}

function nodeTypes(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(nodeTypes);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = typeof record.type === 'string' ? [record.type] : [];
  return [...own, ...nodeTypes(record.content), ...nodeTypes(record.marks)];
}

const expected = (s: string) =>
  // eslint-disable-next-line no-control-regex
  s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '');

const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '@David Ellis please approve',
    '[~accountid:557058:abc] [~david]',
    '<a href="https://evil.example">click</a> <b>bold</b>',
    '[click|https://evil.example] ![img](x.png) **bold** _it_ {color:red}x{color}',
    'https://evil.example/path?x=1',
    '{"type":"mention","attrs":{"id":"557058:x"}}',
    'line one\r\nline two\rline three\n\n',
    '\u0000\u0007\u001b[31mred\u009b',
  ),
);

describe('ADF builders escape what users typed', () => {
  it('user text becomes only text and hardBreak nodes: no mention, link, card or mark', () => {
    fc.assert(
      fc.property(hostile, (typed) => {
        const document = doc(paragraph('Installer: ', typed));
        expect(adfDocSchema.safeParse(document).success).toBe(true);
        const types = nodeTypes(document.content);
        expect(types.every((t) => ['paragraph', 'text', 'hardBreak'].includes(t))).toBe(true);
        expect(mentionedAccountIds(document)).toEqual([]);
        expect(JSON.stringify(document)).not.toMatch(/"(link|inlineCard|mention|marks)"/);
      }),
    );
  });

  it('keeps what was typed, minus invisible control characters', () => {
    fc.assert(
      fc.property(hostile, (typed) => {
        expect(plain(doc(paragraph(typed)))).toBe(expected(typed));
      }),
    );
  });

  it('never emits an empty text node (Jira rejects them)', () => {
    fc.assert(
      fc.property(hostile, (typed) => {
        for (const node of text(typed)) if (node.type === 'text') expect(node.text.length).toBeGreaterThan(0);
      }),
    );
  });

  it('mentions only the accounts the app asked for, whatever the labels and text around them', () => {
    fc.assert(
      fc.property(hostile, hostile, (typed, label) => {
        const document = doc(
          paragraph(mention('557058:david', label), ' ', typed),
          bulletList([[typed, mention('qm:1:2', 'Amy')]]),
        );
        expect(adfDocSchema.safeParse(document).success).toBe(true);
        expect(mentionedAccountIds(document)).toEqual(['557058:david', 'qm:1:2']);
      }),
    );
  });

  it('refuses an account id that is not one', () => {
    expect(() => mention('<script>', 'x')).toThrow('Not an account id');
    expect(() => mention('', 'x')).toThrow('Not an account id');
    expect(mention('5b10ac8d82e05b22cc7d4ef5', '  David \n Ellis ').attrs).toEqual({
      id: '5b10ac8d82e05b22cc7d4ef5',
      text: '@David Ellis',
      accessLevel: '',
    });
  });

  it('marks apply only to the text given, and still escape it', () => {
    const nodes = text('**x**', 'strong');
    expect(nodes).toEqual([{ type: 'text', text: '**x**', marks: [{ type: 'strong' }] }]);
  });
});
