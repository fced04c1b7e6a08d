// The example tickets `POST /local/reset { "demo": true }` adds (docs/LOCAL_SITE.md, "Demo tickets"): several per
// scenario, then a few steps the people of S1 take once the app has handled the tickets, so the four scenarios
// show different stages. Without the app nothing moves past the first step.
import { receiveEmail } from './email';
import type { Issue } from './model';
import { USERS } from './seed-users';
import type { Store } from './store';
import { doTransition } from './transitions-core';
import { CS_WORKFLOW } from './seed-workflows';
import { seedDigipostRequests, seedOptergyRequests, seedSepRequests } from './demo-requests';

export const S1_EMAIL_HTML = `<html><body><div style="font-family:Calibri">
<p>Hello team,</p>
<p><b>Contractor Installer name:</b> SunPower Installers</p>
<p>Contractor Installer contact email<br>bob@sunpower-installers.example</p>
<p>Products: Integrated Finance</p>
<p>Kind regards,<br>Bob</p></div></body></html>`;

const BRIGHT_HOMES_HTML = `<html><body><p>Hi all,</p>
<p>Contractor Installer name:&nbsp; Bright Homes Solar</p>
<p>Contractor Installer contact email: <a href="mailto:liz@brighthomes.example">liz@brighthomes.example</a></p>
<p>Products: Integrated Finance, battery add-on</p><p>Thanks, Liz</p></body></html>`;

// The contact email is missing: intake should say so and ask for attention.
const INCOMPLETE_HTML = `<html><body><p>Hello,</p>
<p>Contractor Installer name: Coastal Roof &amp; Solar</p>
<p>Contractor Installer contact email: TBD</p><p>We would like to offer Integrated Finance.</p></body></html>`;

/** SS-1 waits for approval, SS-2 goes through approval to done, SS-3 lacks intake data. */
const S1_WAITING = 'SS-1';
const S1_APPROVED = 'SS-2';

export function seedDemoTickets(store: Store): void {
  const email = (from: string, body: string) =>
    receiveEmail(store, { from, subject: 'EverBright Partner Onboarding', body });
  email('bob@sunpower-installers.example', S1_EMAIL_HTML);
  email('liz@brighthomes.example', BRIGHT_HOMES_HTML);
  email('sam@coastal-roof.example', INCOMPLETE_HTML);
  seedSepRequests(store);
  seedOptergyRequests(store);
  seedDigipostRequests(store);
}

/** The CS ticket linked (any link type) to an SS ticket, as the automation rule creates it. */
function csTicketOf(store: Store, key: string): Issue | undefined {
  const ss = store.issue(key);
  if (!ss) return undefined;
  for (const l of store.data.links) {
    const otherId = l.inwardIssueId === ss.id ? l.outwardIssueId : l.outwardIssueId === ss.id ? l.inwardIssueId : null;
    const other = otherId === null ? undefined : store.issueById(otherId);
    if (other?.projectKey === 'CS') return other;
  }
  return undefined;
}

const ON_HOLD = '10011';

/**
 * What people do after the app handled the tickets, one step per settle: the config team puts S1's CS tickets
 * On Hold (products configured); David Ellis approves SS-2 by email; once the app put SS-2's CS ticket back to
 * To Do, the config team marks it Done. Each step does nothing when the app has not done its part.
 */
export const DEMO_STEPS: readonly ((store: Store) => void)[] = [
  (store) => {
    for (const key of [S1_WAITING, S1_APPROVED]) {
      const cs = csTicketOf(store, key);
      if (cs?.statusId === CS_WORKFLOW.initialStatus) doTransition(store, cs, USERS.config, '31', {});
    }
  },
  (store) => {
    if (csTicketOf(store, S1_APPROVED)?.statusId !== ON_HOLD) return;
    receiveEmail(store, {
      from: 'david.ellis@goeverbright.com',
      subject: `RE: [${S1_APPROVED}] EverBright Partner Onboarding`,
      body: '<p>Approved. Bright Homes Solar can go live with Integrated Finance.</p><p>David</p>',
    });
  },
  (store) => {
    const cs = csTicketOf(store, S1_APPROVED);
    if (cs?.statusId === CS_WORKFLOW.initialStatus) doTransition(store, cs, USERS.config, '41', {});
  },
];
