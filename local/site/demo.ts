// The example tickets `POST /local/reset { "demo": true }` adds: one per scenario, each at an early stage so the
// app (when the runtime is plugged in) picks them up and moves them on.
import { createIssue } from './issues-core';
import { receiveEmail } from './email';
import { FIELDS } from './seed';
import { USERS } from './seed-users';
import type { Store } from './store';
import { textToAdf } from './adf';
import { doTransition } from './transitions-core';
import { CS_WORKFLOW } from './seed-workflows';

export const S1_EMAIL_HTML = `<html><body><div style="font-family:Calibri">
<p>Hello team,</p>
<p><b>Contractor Installer name:</b> SunPower Installers</p>
<p>Contractor Installer contact email<br>bob@sunpower-installers.example</p>
<p>Products: Integrated Finance</p>
<p>Kind regards,<br>Bob</p></div></body></html>`;

export function seedDemoTickets(store: Store): void {
  receiveEmail(store, {
    from: 'bob@sunpower-installers.example',
    subject: 'EverBright Partner Onboarding',
    body: S1_EMAIL_HTML,
  });
  const project = (key: string) => {
    const p = store.project(key);
    if (!p) throw new Error(`seed has no ${key}`);
    return p;
  };
  createIssue(store, USERS.sepStaff, project('SEP'), {
    fields: {
      issuetype: { name: 'Service Request' },
      summary: 'Partner onboarding: Northfield Council',
      description: textToAdf('Northfield Council would like to publish its services on SEP.'),
      reporter: { accountId: USERS.sepPartner },
      [FIELDS.requestType]: 'sep/partner-onboarding',
      [FIELDS.organizations]: ['3'],
      [FIELDS.partnerOnCrm]: { value: 'Yes' },
    },
  });
  createIssue(store, USERS.optSales, project('OSI'), {
    fields: {
      issuetype: { name: 'Service Request' },
      summary: 'New SI: Bright SI',
      [FIELDS.requestType]: 'osi/new-si',
      [FIELDS.siCompany]: 'Bright SI',
      [FIELDS.siContactEmail]: 'ian@bright-si.example',
      [FIELDS.siSize]: { value: 'Large' },
      [FIELDS.siStartDate]: store.now().slice(0, 10),
    },
  });
  createIssue(store, USERS.vendor, project('DP'), {
    fields: {
      issuetype: { name: 'Service Request' },
      summary: 'Ny avsender: Fjordkraft Eiendom AS via HR Vendor',
      description: textToAdf('Virksomheten Fjordkraft Eiendom AS ønsker å sende post via Digipost fra vårt HR-system.'),
      [FIELDS.requestType]: 'dp/sender-via-vendor',
      [FIELDS.businessName]: 'Fjordkraft Eiendom AS',
      [FIELDS.businessOrgNumber]: '987654321',
      [FIELDS.systemVendor]: 'HR Vendor AS',
    },
  });
}

/** Second stage, after the app has handled the new tickets: the config team puts S1's CS ticket On Hold, so the
 * S1 example waits for the approver. A site without the app has no CS ticket and nothing moves. */
export function advanceDemoTickets(store: Store): void {
  const ss = store.issue('SS-1');
  const link = ss && store.data.links.find((l) => l.inwardIssueId === ss.id || l.outwardIssueId === ss.id);
  const otherId = link && (link.inwardIssueId === ss?.id ? link.outwardIssueId : link.inwardIssueId);
  const cs = otherId ? store.issueById(otherId) : undefined;
  if (!cs || cs.projectKey !== 'CS' || cs.statusId !== CS_WORKFLOW.initialStatus) return;
  doTransition(store, cs, USERS.config, '31', {});
}
