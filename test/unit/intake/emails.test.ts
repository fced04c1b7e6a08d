import { parseIntake } from '../../../src/domain/intake';
import { everBright, optergy } from './fixtures';

describe('S1 EverBright emails as JSM stores them', () => {
  it('reads an Outlook HTML email with entities, bold labels and a mailto link', () => {
    const html =
      '<html><head><style>p{margin:0}</style></head><body><div>Hi&nbsp;team,</div><div><br></div>' +
      '<div>Please onboard the installer below.</div>' +
      '<div><b>Contractor Installer name:</b>&nbsp;&nbsp;Sunny&nbsp;Roofs &amp; Solar&nbsp;LLC</div>' +
      '<div><b>Contractor Installer contact email:</b> <a href="mailto:Jane.Doe@SunnyRoofs.com">' +
      'Jane.Doe@SunnyRoofs.com</a></div><div><br></div><div>Thanks,</div><div>Mark</div></body></html>';
    expect(parseIntake(html, everBright)).toEqual({
      values: { installerName: 'Sunny Roofs & Solar LLC', installerEmail: 'jane.doe@sunnyroofs.com' },
      problems: [],
    });
  });

  it('reads labels without colons and values on the next line, ignoring the quoted thread and signature', () => {
    const body = [
      'EverBright Partner Onboarding',
      '',
      'CONTRACTOR INSTALLER NAME',
      '   Peak Solar   Installers  ',
      '',
      'contractor installer contact email',
      '',
      'Peak Solar <OPS@PeakSolar.example>',
      '',
      'Best regards',
      'Tom',
      '--',
      'Contractor Installer name: Signature Corp',
      '',
      'On Tue, Nov 24, 2026 at 4:12 PM Onboarding <onboarding@goeverbright.com> wrote:',
      '> Contractor Installer name: Quoted Installer',
      '> Contractor Installer contact email: quoted@example.com',
    ].join('\n');
    const { values, problems } = parseIntake(body, everBright);
    expect(problems).toEqual([]);
    expect(values).toEqual({ installerName: 'Peak Solar Installers', installerEmail: 'ops@peaksolar.example' });
  });

  it('reads tags left as text inside the description (JSM conversion remnants)', () => {
    const remnant =
      'Contractor Installer name:&nbsp;Bright &lt;Home&gt; Energy<br>Contractor Installer contact email:' +
      '&nbsp;<br/>mailto:info@brighthome.example<br><p>Thank you!</p>';
    expect(parseIntake(remnant, everBright).values).toEqual({
      installerName: 'Bright <Home> Energy',
      installerEmail: 'info@brighthome.example',
    });
  });

  it('does not take the seed prose (labels listed without values) as values', () => {
    const seedProse = [
      'The ticket will include the information required to setup the partnership including:',
      'Contractor Installer name',
      'Contractor Installer contact email',
    ].join('\n');
    const { values, problems } = parseIntake(seedProse, everBright);
    expect(values).toEqual({});
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['installerName', 'missing'],
      ['installerEmail', 'missing'],
    ]);
  });

  it('says exactly what to add when the email is missing', () => {
    const { values, problems } = parseIntake('Contractor Installer name: ACME Solar', everBright);
    expect(values).toEqual({ installerName: 'ACME Solar' });
    expect(problems).toEqual([
      {
        code: 'missing',
        field: 'installerEmail',
        label: 'Contractor Installer contact email',
        message:
          "Contractor Installer contact email is missing: add a line 'Contractor Installer contact email: " +
          "name@company.com' to the request",
      },
    ]);
  });

  it('says what is wrong with an invalid email and how to write it', () => {
    const { problems } = parseIntake(
      'Contractor Installer name: ACME\nContractor Installer contact email: jane at acme dot com',
      everBright,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'invalid',
        field: 'installerEmail',
        message:
          "Contractor Installer contact email: 'jane at acme dot com' is not an email address: write it as " +
          "'Contractor Installer contact email: name@company.com'",
      }),
    ]);
  });

  it.each(['N/A', 'TBD', '-', '???', '<name>'])('treats the placeholder %s as an empty text value', (placeholder) => {
    const { values, problems } = parseIntake(
      `Contractor Installer name: ${placeholder}\nContractor Installer contact email: a@b.example`,
      everBright,
    );
    expect(values).toEqual({ installerEmail: 'a@b.example' });
    expect(problems).toEqual([expect.objectContaining({ field: 'installerName', code: 'missing' })]);
  });

  it('reports an empty label as empty rather than taking the next label line as its value', () => {
    const { values, problems } = parseIntake(
      'Contractor Installer name:\nContractor Installer contact email: a@b.example',
      everBright,
    );
    expect(values).toEqual({ installerEmail: 'a@b.example' });
    expect(problems[0]?.message).toMatch(/^Contractor Installer name is empty: write the value after the label/);
  });

  it('never reads one label as part of a longer one, nor its value from a neighbour on the same line', () => {
    const fields = [
      { name: 'contact', label: 'Contact', type: 'text' as const, required: true },
      { name: 'contactEmail', label: 'Contact email', type: 'email' as const, required: true },
    ];
    expect(parseIntake('Contact email: b@c.example\nContact: Bo Ek', fields).values).toEqual({
      contact: 'Bo Ek',
      contactEmail: 'b@c.example',
    });
    expect(parseIntake('Contact: Bo Ek Contact email: b@c.example', fields).values).toEqual({
      contact: 'Bo Ek',
      contactEmail: 'b@c.example',
    });
  });

  it('reports two different values for one field as ambiguous and the same value twice as fine', () => {
    const twice = 'Contractor Installer name: ACME\nContractor Installer contact email: a@acme.example\n';
    expect(parseIntake(twice + 'Installer name: acme', everBright).problems).toEqual([]);
    const clash = parseIntake(twice + 'Installer name: Other Co', everBright).problems;
    expect(clash).toEqual([expect.objectContaining({ code: 'ambiguous', field: 'installerName' })]);
    expect(clash[0]?.message).toContain("'ACME' and 'Other Co'");
  });

  it('prefers a labelled value over prose that merely starts with the label words', () => {
    const body =
      'Contractor installer name pending, see below\nContractor Installer name: Volt Co\n' +
      'Contractor Installer contact email: v@volt.example';
    expect(parseIntake(body, everBright).values.installerName).toBe('Volt Co');
  });
});

describe('S3 Optergy new SI request', () => {
  it('reads a Gmail HTML email with a list, a select, a date and a checkbox', () => {
    const html =
      '<div dir="ltr"><ul><li>SI company: Northwind Controls Pty</li><li>Email: ' +
      'Ana Silva &lt;ana@northwind.example&gt;</li><li>Size: LARGE</li><li>Start date: 7 Dec 2026</li></ul>' +
      '<div>[x] Multi-site</div></div><div class="gmail_quote"><blockquote>Size: small</blockquote></div>';
    expect(parseIntake(html, optergy)).toEqual({
      values: {
        company: 'Northwind Controls Pty',
        contact: 'ana@northwind.example',
        size: 'Large',
        start: '2026-12-07',
        multiSite: true,
      },
      problems: [],
    });
  });

  it('lists the options when a select value is not one of them', () => {
    const { problems } = parseIntake('Company: X\nEmail: x@x.example\nSize: medium\nStart date: 2026-12-01', optergy);
    expect(problems).toEqual([
      {
        code: 'invalid',
        field: 'size',
        label: 'Size',
        message:
          "Size: 'medium' is not one of the options ('Small', 'Large'): write it as 'Size: Small' (one of 'Small', 'Large')",
      },
    ]);
  });

  it('reports a day/month order that reads both ways', () => {
    const { problems } = parseIntake('Company: X\nEmail: x@x.example\nSize: Small\nStart date: 03/04/2027', optergy);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'ambiguous',
        field: 'start',
        message: "Start date: '03/04/2027' could be 2027-04-03 or 2027-03-04: write it as 'Start date: yyyy-mm-dd'",
      }),
    ]);
  });

  it('reads a tab-separated table pasted into a plain-text email', () => {
    const body = 'Company\tSize\tStart date\tEmail\nAcme BMS\tsmall\t2027-01-11\tops@acme.example\n';
    expect(parseIntake(body, optergy).values).toEqual({
      company: 'Acme BMS',
      size: 'Small',
      start: '2027-01-11',
      contact: 'ops@acme.example',
    });
  });
});
