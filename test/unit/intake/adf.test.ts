import { adfToText, parseIntake } from '../../../src/domain/intake';
import { br, bullets, cell, digipost, doc, everBright, p, row, table, text } from './fixtures';

describe('adfToText', () => {
  it('renders paragraphs, hard breaks, marks, lists, tables, quotes and inline nodes', () => {
    const adf = doc(
      p(text('Hello '), text('team', [{ type: 'strong' }]), br, text('second line')),
      { type: 'heading', attrs: { level: 2 }, content: [text('Form')] },
      bullets([text('one')], [text('two', [{ type: 'link', attrs: { href: 'https://x.example' } }])]),
      { type: 'orderedList', content: [{ type: 'listItem', content: [p(text('first'))] }] },
      table(row(cell('A', 'tableHeader'), cell('B')), row(cell('C'), cell('D'))),
      { type: 'blockquote', content: [p(text('quoted'))] },
      p({ type: 'mention', attrs: { id: '1', text: '@David Ellis' } }, text(' on '), {
        type: 'date',
        attrs: { timestamp: '1795564800000' },
      }),
      { type: 'rule' },
      { type: 'panel', attrs: { panelType: 'info' }, content: [p(text('in a panel'))] },
    );
    expect(adfToText(adf).split('\n')).toEqual([
      'Hello team',
      'second line',
      'Form',
      '- one',
      '- two',
      '1. first',
      'A | B',
      'C | D',
      '> quoted',
      '@David Ellis on 2026-11-25',
      'in a panel',
    ]);
  });

  it('returns an empty string for null, numbers and shapes that are not ADF', () => {
    for (const bad of [null, undefined, 42, true, [], {}, { type: 'doc', content: 'x' }, { content: [null, 7] }])
      expect(adfToText(bad)).toBe('');
  });

  it('survives a document nested far deeper than any real one', () => {
    let node: Record<string, unknown> = text('deep');
    for (let i = 0; i < 10_000; i += 1) node = { type: 'blockquote', content: [node] };
    expect(typeof adfToText(doc(node))).toBe('string');
  });
});

describe('parseIntake on ADF documents', () => {
  it('reads the S1 form from paragraphs split by hard breaks, with bold labels', () => {
    const adf = doc(
      p(text('Hi,')),
      p(
        text('Contractor Installer name:', [{ type: 'strong' }]),
        text(' Helios Homes'),
        br,
        text('Contractor Installer contact email: ', [{ type: 'strong' }]),
        text('Helios@HeliosHomes.example', [{ type: 'link', attrs: { href: 'mailto:Helios@HeliosHomes.example' } }]),
      ),
      { type: 'blockquote', content: [p(text('Contractor Installer name: old thread'))] },
    );
    expect(parseIntake(adf, everBright)).toEqual({
      values: { installerName: 'Helios Homes', installerEmail: 'helios@helioshomes.example' },
      problems: [],
    });
  });

  it('reads a label | value table and a header-row table', () => {
    const twoColumn = doc(
      table(
        row(cell('Contractor Installer name', 'tableHeader'), cell('Sol & Co')),
        row(cell('Contractor installer contact e-mail', 'tableHeader'), cell('sol@co.example')),
      ),
    );
    expect(parseIntake(twoColumn, everBright).values).toEqual({
      installerName: 'Sol & Co',
      installerEmail: 'sol@co.example',
    });
    const headerRow = doc(
      table(
        row(cell('Installer name', 'tableHeader'), cell('Contractor Installer contact email', 'tableHeader')),
        row(cell('Sun Ltd'), cell('Sun <info@sun.example>')),
      ),
    );
    expect(parseIntake(headerRow, everBright).values).toEqual({
      installerName: 'Sun Ltd',
      installerEmail: 'info@sun.example',
    });
  });

  it('accepts the ADF document as JSON text', () => {
    const json = JSON.stringify(doc(p(text('Contractor Installer name: J Co')), p(text('Installer name: J Co'))));
    expect(parseIntake(json, everBright).values).toEqual({ installerName: 'J Co' });
  });

  it('reads a Norwegian form in a bullet list, with Norwegian dates and yes/no', () => {
    const adf = doc(
      p(text('Hei,')),
      p(text('Vi ønsker å ta i bruk Digipost via vårt HR-system.')),
      bullets(
        [text('Virksomhet: Fjord Bygg AS')],
        [text('ORGANISASJONSNUMMER: 987 654 321')],
        [text('Kontaktperson e-post: Kari.Nordmann@FjordBygg.no')],
        [text('Ønsket oppstartsdato: 1. desember 2026')],
        [text('Avtale signert: Ja')],
      ),
      p(text('Med vennlig hilsen')),
      p(text('Ola')),
    );
    expect(parseIntake(adf, digipost)).toEqual({
      values: {
        business: 'Fjord Bygg AS',
        orgNumber: '987 654 321',
        contact: 'kari.nordmann@fjordbygg.no',
        launch: '2026-12-01',
        signed: true,
      },
      problems: [],
    });
  });

  it('matches Norwegian labels without diacritics and tells what to fix in the label the form uses', () => {
    const { values, problems } = parseIntake(
      'Virksomhet: Fjord Bygg AS\nOrg.nr: 987654321\nKontaktperson e-post: kari@fjord.no\nOnsket oppstartsdato: 25.11.2026',
      digipost,
    );
    expect(values).toEqual({
      business: 'Fjord Bygg AS',
      orgNumber: '987654321',
      contact: 'kari@fjord.no',
      launch: '2026-11-25',
    });
    expect(problems).toEqual([
      {
        code: 'missing',
        field: 'signed',
        label: 'Avtale signert',
        message: "Avtale signert is missing: add a line 'Avtale signert: yes' to the request",
      },
    ]);
  });

  it('reads an email as JSM converts it: signature image, emoji, links, then the quoted thread', () => {
    const adf = doc(
      p(text('Hello Support '), { type: 'emoji', attrs: { shortName: ':wave:', text: '👋' } }),
      p(text('Contractor Installer name'), br, text('  Brightside\u00a0Energy  ')),
      p(
        text('Contractor Installer contact email'),
        br,
        text('ops@brightside.example', [{ type: 'link', attrs: { href: 'mailto:ops@brightside.example' } }]),
      ),
      p(text('Kind regards')),
      { type: 'mediaSingle', content: [{ type: 'media', attrs: { id: 'sig', type: 'file', collection: 'x' } }] },
      p(text('On Tue, 24 Nov 2026 at 09:12, EverBright <onboarding@goeverbright.com> wrote:')),
      { type: 'blockquote', content: [p(text('Contractor Installer name: Template Co'))] },
    );
    expect(parseIntake(adf, everBright)).toEqual({
      values: { installerName: 'Brightside Energy', installerEmail: 'ops@brightside.example' },
      problems: [],
    });
  });
});
