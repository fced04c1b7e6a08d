/** S1 (SCENARIOS.md): the email in, CS on hold, one chase, David's answer by a new email, CS done. */
import { USERS } from '../../../local/site/seed-users';
import { fingerprint } from '../fingerprint';
import { completedRun, type Script } from './types';

const EMAIL = `<html><body><div style="font-family:Calibri">
<p>Hello team,</p>
<p><b>Contractor Installer name:</b>   SunPower Installers </p>
<p>Contractor Installer contact email<br>bob@sunpower-installers.example</p>
<p>Kind regards,<br>Bob</p></div></body></html>`;

export const s1Everbright: Script = {
  playbookId: 'everbright-partner-onboarding',
  name: 'S1 EverBright',
  declaredCustomerMessages: [],
  async play(p) {
    const ss = await p.email('bob@sunpower-installers.example', 'EverBright Partner Onboarding', EMAIL);
    await p.moveTo('CS-1', 'On Hold', USERS.config);
    // The chase is due 24 h after the question. Forge does not retry a scheduled trigger: an hourly tick that fails
    // (a 429 on its search) leaves the chase to the next hour's, so the script gives the scheduler three hours.
    await p.advanceHours(27);
    await p.email('david.ellis@goeverbright.com', 'Products for SunPower Installers', '<p>Approved, go ahead.</p>');
    await p.moveTo('CS-1', 'Done', USERS.config);
    return ss;
  },
  async checkEnd(p, key) {
    const { problems: out } = await completedRun(key);
    const f = fingerprint(p.stack);
    if (f.issues[key]?.status !== 'Resolved') out.push(`${key}: ${f.issues[key]?.status}, expected Resolved`);
    if (f.issues['SS-2']?.resolution !== 'Duplicate') out.push('SS-2: not closed as a duplicate');
    if (f.issues['CS-1']?.status !== 'Done') out.push('CS-1: not Done');
    const texts = f.issues[key]?.appComments ?? [];
    for (const want of ['May we push them live?', 'Reminder', 'answered by email in SS-2', 'complete'])
      if (texts.filter((t) => t.includes(want)).length !== 1) out.push(`${key}: ${want}: not exactly one comment`);
    if (f.slack.length !== 1) out.push(`Slack: ${f.slack.length} messages, expected 1 (the chase)`);
    return out;
  },
};
