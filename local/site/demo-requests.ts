// The S2-S4 example requests of the demo: plain site data, as the partners, sales and vendors would raise them.
import { addComment } from './comments-core';
import { receiveEmail } from './email';
import { createIssue } from './issues-core';
import { textToAdf } from './adf';
import { FIELDS } from './seed';
import { USERS } from './seed-users';
import type { Store } from './store';

function project(store: Store, key: string) {
  const p = store.project(key);
  if (!p) throw new Error(`seed has no ${key}`);
  return p;
}

/** YYYY-MM-DD `days` from the site's today. */
function day(store: Store, days: number): string {
  return new Date(Date.parse(store.now()) + days * 86_400_000).toISOString().slice(0, 10);
}

/** S2: a new partner, a new service of an onboarded one, and an edit whose review date is too far ahead. */
export function seedSepRequests(store: Store): void {
  const sep = project(store, 'SEP');
  const request = (summary: string, description: string, requestType: string, fields: Record<string, unknown>) =>
    createIssue(store, USERS.sepStaff, sep, {
      fields: {
        issuetype: { name: 'Service Request' },
        summary,
        description: textToAdf(description),
        reporter: { accountId: USERS.sepPartner },
        [FIELDS.requestType]: requestType,
        [FIELDS.organizations]: ['3'],
        ...fields,
      },
    });
  request(
    'Partner onboarding: Northfield Council',
    'Northfield Council would like to publish its services on SEP. Our contact is Sara Northfield; we use ' +
      'Dynamics 365 as our CRM and can take enquiries into our own queues.',
    'sep/partner-onboarding',
    { [FIELDS.partnerOnCrm]: { value: 'Yes' } },
  );
  request(
    'New service: Northfield bulky waste collection',
    'Please add our bulky waste collection service. Residents book a collection slot; the page should link to ' +
      'our booking form and list the charges for 2026. The text is ready for review.',
    'sep/add-service',
    { [FIELDS.serviceName]: 'Bulky waste collection', [FIELDS.sharedService]: { value: 'No' } },
  );
  request(
    'Edit service: Northfield parking permits',
    'The resident parking permit prices change from April. Please update the service page; we have set the ' +
      'next review for the end of the year.',
    'sep/edit-service',
    {
      [FIELDS.serviceName]: 'Resident parking permits',
      [FIELDS.sharedService]: { value: 'Yes' },
      // More than the 6 months the process allows: the app is expected to revert it with a note.
      [FIELDS.reviewDate]: day(store, 270),
    },
  );
}

/** S3: a large SI starting today, a small one starting next month, and a multi-site licence request. */
export function seedOptergyRequests(store: Store): void {
  const osi = project(store, 'OSI');
  const newSi = (company: string, email: string, size: string, startInDays: number, description: string) =>
    createIssue(store, USERS.optSales, osi, {
      fields: {
        issuetype: { name: 'Service Request' },
        summary: `New SI: ${company}`,
        description: textToAdf(description),
        [FIELDS.requestType]: 'osi/new-si',
        [FIELDS.siCompany]: company,
        [FIELDS.siContactEmail]: email,
        [FIELDS.siSize]: { value: size },
        [FIELDS.siStartDate]: day(store, startInDays),
      },
    });
  newSi(
    'Bright SI',
    'ian@bright-si.example',
    'Large',
    0,
    'Bright SI signed up at the Sydney expo. Three engineers, two commercial building projects in the pipeline.',
  );
  newSi(
    'Harbour Controls',
    'ops@harbourcontrols.example',
    'Small',
    28,
    'Small integrator in Newcastle, one engineer. Wants to start after their current job finishes next month.',
  );
  createIssue(store, USERS.siContact, osi, {
    fields: {
      issuetype: { name: 'Service Request' },
      summary: 'Multi-site licence for Westfield Tower and Westfield Annex',
      description: textToAdf(
        'We are commissioning two buildings for the same owner and need the licence to cover both sites. ' +
          'Hardware key 4471-A is on the first site; the second SI on the job is Harbour Controls.',
      ),
      [FIELDS.requestType]: 'osi/multi-site-licence',
    },
  });
}

/** S4: one request just in, one whose user agreement the vendor reports signed, one that came another way. */
export function seedDigipostRequests(store: Store): void {
  const dp = project(store, 'DP');
  // The vendor's form: the labels the Digipost playbook's intake reads, then the vendor's own words.
  const viaVendor = (business: string, orgNumber: string, description: string) =>
    createIssue(store, USERS.vendor, dp, {
      fields: {
        issuetype: { name: 'Service Request' },
        summary: `Ny avsender via integrert system: ${business}`,
        description: textToAdf(
          `Virksomhet: ${business}\nOrganisasjonsnummer: ${orgNumber}\nIntegrert system: HR Vendor Lønn\n${description}`,
        ),
        [FIELDS.requestType]: 'dp/sender-via-vendor',
        [FIELDS.businessName]: business,
        [FIELDS.businessOrgNumber]: orgNumber,
        [FIELDS.systemVendor]: 'HR Vendor AS',
      },
    });
  viaVendor(
    'Fjordkraft Eiendom AS',
    '987654321',
    'Virksomheten Fjordkraft Eiendom AS ønsker å sende post via Digipost fra vårt HR-system.',
  );
  const signed = viaVendor(
    'Bergen Bygg AS',
    '912345678',
    'Bergen Bygg AS vil sende lønnsslipper og arbeidsavtaler til sine ansatte via Digipost fra HR-systemet.',
  );
  addComment(
    store,
    signed,
    USERS.vendor,
    textToAdf('Signert brukeravtale for Bergen Bygg AS er sendt til Digipost salg i dag.'),
  );
  // A business writing to Digipost directly: the process refers it to its system vendor.
  receiveEmail(store, {
    from: 'post@tromso-regnskap.example',
    to: 'avsender@digipost.example',
    subject: 'Ønsker å bruke Digipost',
    body: '<p>Hei,</p><p>Vi i Tromsø Regnskap AS ønsker å sende fakturaer via Digipost. Hvordan kommer vi i gang?</p>',
  });
}
