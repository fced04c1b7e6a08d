import { parseIntake, type IntakeField } from '../../../src/domain/intake';
import { digipost, everBright } from './fixtures';

describe('more messy bodies', () => {
  it('cuts an Outlook reply header block and an "-----Original Message-----" separator', () => {
    const outlook = [
      'Contractor Installer name: New Dawn Solar',
      'Contractor Installer contact email: hello@newdawn.example',
      '',
      'From: Someone <someone@else.example>',
      'Sent: Tuesday, November 24, 2026 3:01 PM',
      'To: Onboarding <onboarding@goeverbright.com>',
      'Subject: EverBright Partner Onboarding',
      'Contractor Installer name: Old Dawn',
    ].join('\r\n');
    expect(parseIntake(outlook, everBright).values.installerName).toBe('New Dawn Solar');
    const original = 'Installer name: A1 Solar\n-----Original Message-----\nInstaller name: B2 Solar';
    expect(parseIntake(original, everBright).values.installerName).toBe('A1 Solar');
  });

  it('cuts a Norwegian "Den ... skrev:" quote and a "Sendt fra min iPhone" signature', () => {
    const body = [
      'Virksomhet: Nordlys Regnskap AS',
      'Org.nr: 912 345 678',
      'Kontaktperson e-post:',
      'Sendt fra min iPhone',
      '',
      'Den 24. nov. 2026 kl. 14:02 skrev Kari <kari@vendor.example>:',
      'Kontaktperson e-post: kari@vendor.example',
    ].join('\n');
    const { values, problems } = parseIntake(body, digipost);
    expect(values).toEqual({ business: 'Nordlys Regnskap AS', orgNumber: '912 345 678' });
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['contact', 'missing'],
      ['signed', 'missing'],
    ]);
    expect(problems[0]?.message).toBe(
      "Kontaktperson e-post is empty: write the value after the label, as 'Kontaktperson e-post: name@company.com'",
    );
  });

  it('reads markdown-ish bold labels, numbered lines, smart quotes and a label ending in "?"', () => {
    const fields: IntakeField[] = [
      ...everBright,
      {
        name: 'needsConfig',
        label: 'Needs Configuration?',
        type: 'select',
        required: true,
        options: ['Integrated Finance', 'None'],
      },
      { name: 'training', label: 'Training wanted', type: 'boolean', required: false },
    ];
    const body = [
      '1. *Contractor Installer name:* O\u2019Brien & Sons Solar',
      '2. **Contractor Installer contact email** \u2013 \u201cobrien@sons.example\u201d',
      '3. Needs Configuration? integrated finance',
      '[ ] Training wanted',
    ].join('\n');
    expect(parseIntake(body, fields)).toEqual({
      values: {
        installerName: 'O\u2019Brien & Sons Solar',
        installerEmail: 'obrien@sons.example',
        needsConfig: 'Integrated Finance',
        training: false,
      },
      problems: [],
    });
  });

  it('reads an HTML table form with header cells and entity-encoded values', () => {
    const html =
      '<table border="1"><tbody><tr><th>Contractor Installer name</th><td>Gr&uuml;n &amp; Sonne GmbH</td></tr>' +
      '<tr><th>Contractor Installer contact email</th><td><a href="mailto:info@gruen.example">info@gruen.example</a>' +
      '</td></tr></tbody></table><p>--&nbsp;</p><p>Installer name: Signature GmbH</p>';
    expect(parseIntake(html, everBright)).toEqual({
      values: { installerName: 'Grün & Sonne GmbH', installerEmail: 'info@gruen.example' },
      problems: [],
    });
  });

  it('ignores HTML comments, style blocks and conditional Outlook markup', () => {
    const html =
      '<html><head><style>.x{color:red}</style></head><body><!--[if mso]><p>Installer name: Hidden</p><![endif]-->' +
      '<p class="MsoNormal">Contractor Installer name: Visible Solar<o:p></o:p></p>' +
      '<p class="MsoNormal">Contractor Installer contact email: v@visible.example<o:p></o:p></p></body></html>';
    expect(parseIntake(html, everBright).values).toEqual({
      installerName: 'Visible Solar',
      installerEmail: 'v@visible.example',
    });
  });

  it('does not read the value of one label from the line of another label below it', () => {
    const body = 'Contractor Installer name\nContractor Installer contact email\nsun@sun.example';
    const { values, problems } = parseIntake(body, everBright);
    expect(values).toEqual({ installerEmail: 'sun@sun.example' });
    expect(problems).toEqual([expect.objectContaining({ field: 'installerName', code: 'missing' })]);
  });

  it('reads a body that is entirely quoted (a forwarded form) rather than nothing', () => {
    const body = '> Contractor Installer name: Fwd Solar\n> Contractor Installer contact email: fwd@solar.example';
    expect(parseIntake(body, everBright).values).toEqual({
      installerName: 'Fwd Solar',
      installerEmail: 'fwd@solar.example',
    });
  });

  it('takes only the value cell of a three-column table row', () => {
    const body =
      'Field\tValue\tNotes\nContractor Installer name\tRay Solar\tnew partner\n' +
      'Contractor Installer contact email\tray@ray.example\tprimary';
    expect(parseIntake(body, everBright).values).toEqual({
      installerName: 'Ray Solar',
      installerEmail: 'ray@ray.example',
    });
  });

  it('keeps the line breaks of remnant text that holds a stray <p>', () => {
    const body =
      'Contractor Installer name: Lumen Co\nContractor Installer contact email: l@lumen.example<p>Thanks</p>';
    expect(parseIntake(body, everBright).values).toEqual({
      installerName: 'Lumen Co',
      installerEmail: 'l@lumen.example',
    });
  });
});
