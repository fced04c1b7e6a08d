import { parseDate, parseIntake, type IntakeField } from '../../../src/domain/intake';

const one = (type: IntakeField['type'], options?: string[]): IntakeField[] => [
  { name: 'v', label: 'Value', type, required: true, ...(options ? { options } : {}) },
];
const read = (type: IntakeField['type'], raw: string, options?: string[]) =>
  parseIntake(`Value: ${raw}`, one(type, options));

describe('dates', () => {
  it.each([
    ['2026-11-25', '2026-11-25'],
    ['2026-11-25T09:30:00Z', '2026-11-25'],
    ['25.11.2026', '2026-11-25'],
    ['5.1.2027', '2027-01-05'],
    ['25.11.26', '2026-11-25'],
    ['25/11/2026', '2026-11-25'],
    ['11/25/2026', '2026-11-25'],
    ['2026/11/25', '2026-11-25'],
    ['Nov 25 2026', '2026-11-25'],
    ['November 25th, 2026', '2026-11-25'],
    ['Wednesday, 25 November 2026', '2026-11-25'],
    ['25-Nov-2026', '2026-11-25'],
    ['onsdag 25. november 2026', '2026-11-25'],
    ['1. mai 2027', '2027-05-01'],
    ['07/07/2027', '2027-07-07'],
  ])('reads %s as %s', (raw, iso) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: iso });
  });

  it.each(['31.02.2026', '2026-13-01', 'next Tuesday', 'Smarch 3 2026', '25/11', ''])('rejects %s', (raw) => {
    expect(parseDate(raw)).toEqual({ ok: false, code: 'invalid' });
  });

  it.each([
    ['2026-11-25 (Wednesday)', '2026-11-25'],
    ['from 1 Dec 2026 onwards', '2026-12-01'],
    ['ASAP, ideally 25.11.2026', '2026-11-25'],
  ])('finds the date in %s', (raw, iso) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: iso });
  });

  it('does not pick one of two different dates written in one value', () => {
    expect(parseDate('2026-11-25 or 2026-12-01')).toEqual({ ok: false, code: 'invalid' });
  });

  it('reports both readings of 03/04/2027', () => {
    expect(parseDate('03/04/2027')).toEqual({ ok: false, code: 'ambiguous', readings: ['2027-04-03', '2027-03-04'] });
  });
});

describe('emails', () => {
  it.each([
    ['Jane.Doe@Example.COM', 'jane.doe@example.com'],
    ['mailto:jane@example.com', 'jane@example.com'],
    ['"Doe, Jane" <jane@example.com>', 'jane@example.com'],
    ['jane@example.com<mailto:jane@example.com>', 'jane@example.com'],
    ['[jane@example.com](mailto:jane@example.com)', 'jane@example.com'],
    ['jane@example.com.', 'jane@example.com'],
  ])('normalises %s', (raw, email) => {
    expect(read('email', raw).values).toEqual({ v: email });
  });

  it('reports two different addresses as ambiguous and a non-address as invalid', () => {
    expect(read('email', 'a@x.example, b@x.example').problems[0]?.code).toBe('ambiguous');
    expect(read('email', 'jane@').problems[0]?.code).toBe('invalid');
    expect(read('email', 'see attachment').problems[0]?.message).toBe(
      "Value: 'see attachment' is not an email address: write it as 'Value: name@company.com'",
    );
  });
});

describe('booleans, selects and text', () => {
  it.each([
    ['Yes', true],
    ['ja', true],
    ['TRUE', true],
    ['x', true],
    ['[x]', true],
    ['no', false],
    ['Nei takk', false],
    ['false', false],
    ['[ ]', false],
  ])('reads %s as %s', (raw, value) => {
    expect(read('boolean', raw).values).toEqual({ v: value });
  });

  it('rejects a boolean it cannot read, saying yes or no', () => {
    expect(read('boolean', 'maybe').problems[0]?.message).toBe(
      "Value: 'maybe' is not yes or no: write it as 'Value: yes'",
    );
  });

  it('matches select options ignoring case, spacing and punctuation, returning the option as spelled', () => {
    const options = ['Integrated Finance', 'Lease', 'PPA'];
    expect(read('select', '  integrated   FINANCE ', options).values).toEqual({ v: 'Integrated Finance' });
    expect(read('select', 'p.p.a.', options).values).toEqual({ v: 'PPA' });
    expect(read('select', 'Loan', options).problems[0]?.message).toContain(
      "one of 'Integrated Finance', 'Lease', 'PPA'",
    );
  });

  it('trims and collapses whitespace in text', () => {
    expect(read('text', '  Sunny \u00a0  Roofs\u200b   LLC  ').values).toEqual({ v: 'Sunny Roofs LLC' });
  });

  it('leaves an optional field that is absent out of values without a problem', () => {
    const fields: IntakeField[] = [{ name: 'note', label: 'Note', type: 'text', required: false }];
    expect(parseIntake('nothing here', fields)).toEqual({ values: {}, problems: [] });
  });

  it('also matches a label without its parenthesis, and explains a field by its description', () => {
    const fields: IntakeField[] = [
      { name: 'size', label: 'SI size (small/large)', type: 'select', required: true, options: ['Small', 'Large'] },
      { name: 'company', label: 'SI company', type: 'text', required: true, description: 'the legal company name' },
    ];
    const { values, problems } = parseIntake('SI size: large', fields);
    expect(values).toEqual({ size: 'Large' });
    expect(problems[0]?.message).toBe(
      "SI company is missing: add a line 'SI company: ...' (the legal company name) to the request",
    );
  });
});
