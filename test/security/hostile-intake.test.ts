// Hostile intake: what a customer writes reaches the app's comments as text, never as markup, a link or a mention,
// and nothing crashes. Each case is an S1 onboarding email (whose installer name the approval question quotes) on
// a fresh stack, taken as far as the approval question.
import { APP_ACCOUNT_ID } from '../../local/contracts';
import { USERS } from '../../local/site/seed-users';
import { plainText } from '../../bench/soak/fingerprint';
import { people } from '../../bench/soak/people';
import { openSoakStack } from '../../bench/soak/stack';

const FAKE = USERS.admin; // a real account the playbook never addresses
const ADF_MENTION = JSON.stringify({ type: 'mention', attrs: { id: FAKE, text: '@Alex Admin' } });

const CASES: [string, string][] = [
  [
    'wiki and markdown markup',
    `SunPower *Installers* [click|javascript:alert(1)] [x](https://evil.example) {code}x{code}`,
  ],
  ['HTML that would run', `SunPower <script>alert(1)</script><img src=x onerror="alert(2)"> Installers`],
  ['a fake wiki mention', `SunPower Installers [~accountid:${FAKE}] [~${FAKE}]`],
  ['an ADF mention node as text', `SunPower Installers ${ADF_MENTION}`],
  ['odd unicode: RTL override, zero-width', 'SunPower\u202E srellatsnI\u200B\u200D\uFEFF Installers'],
  ['control characters', 'SunPower\u0000\u0007\u001b[31m\u0008 Installers\u007f'],
  ['a 1 MB description', `SunPower Installers</p><p>${'A long line of filler text. '.repeat(37_500)}`],
];

const email = (name: string): string => `<html><body>
<p><b>Contractor Installer name:</b> ${name}</p>
<p>Contractor Installer contact email<br>bob@sunpower-installers.example</p>
<p>@Alex Admin ${ADF_MENTION} [~accountid:${FAKE}]</p></body></html>`;

interface Node {
  type?: string;
  attrs?: Record<string, unknown>;
  marks?: { type?: string; attrs?: Record<string, unknown> }[];
  content?: Node[];
}
const walk = (n: Node): Node[] => [n, ...(n.content ?? []).flatMap(walk)];

const info = console.info;
const warn = console.warn;
beforeAll(() => {
  console.info = () => undefined;
  console.warn = () => undefined;
});
afterAll(() => {
  console.info = info;
  console.warn = warn;
});

/** C0 controls but tab and newline, DEL, and the bidi embeddings, overrides and isolates (text that reads reversed). */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

// Found by this test: the installer name reached Jira as written, so a JSM organization was created with NUL, BEL or
// ESC in its name and "SunPower\u202E srellatsnI" displayed as "SunPower Installers". Intake now drops them.
test.each([
  ['control characters', 'SunPower\u0000\u0007\u001b[31m\u0008 Installers\u007f'],
  ['a right-to-left override', 'SunPower\u202E srellatsnI Installers'],
])('%s never reach what the app writes to Jira (organization names, comments)', async (_what, name) => {
  const stack = await openSoakStack({ duplicateRate: 0, seed: 1 });
  try {
    const p = people(stack);
    await p.email('bob@sunpower-installers.example', 'EverBright Partner Onboarding', email(name));
    await p.moveTo('CS-1', 'On Hold', USERS.config);
    const { organizations, comments } = stack.site.store.data;
    const written = [
      ...organizations.map((o) => o.name),
      ...comments.filter((c) => c.author === APP_ACCOUNT_ID).map((c) => plainText(c.body)),
    ];
    expect(written.filter((w) => INVISIBLE.test(w))).toEqual([]);
  } finally {
    stack.stop();
  }
});

test.each(CASES)("%s: no crash, no mention but the playbook's, no link, no markup", async (_what, name) => {
  const stack = await openSoakStack({ duplicateRate: 0, seed: 1 });
  try {
    const p = people(stack);
    const key = await p.email('bob@sunpower-installers.example', 'EverBright Partner Onboarding', email(name));
    const cs = stack.site.store.data.issues.find((i) => i.projectKey === 'CS');
    if (cs) await p.moveTo(cs.key, 'On Hold', USERS.config);

    expect(stack.runtime.log().filter((l) => l.kind === 'crash' || (l.kind === 'event' && !l.ok))).toEqual([]);
    expect(stack.site.specViolations()).toEqual([]);
    const ours = stack.site.store.data.comments.filter((c) => c.author === APP_ACCOUNT_ID);
    expect(ours.length).toBeGreaterThan(0); // the app did answer: the approval question or what needs attention
    const nodes = ours.flatMap((c) => walk(c.body as Node));
    const mentioned = nodes.filter((n) => n.type === 'mention').map((n) => n.attrs?.id);
    expect(mentioned).not.toContain(FAKE);
    for (const id of mentioned) expect([USERS.david, USERS.fallback, USERS.james, USERS.amSunpower]).toContain(id);
    expect(nodes.filter((n) => n.type === 'inlineCard' || n.type === 'blockCard')).toEqual([]);
    const hrefs = nodes.flatMap((n) => (n.marks ?? []).filter((m) => m.type === 'link').map((m) => m.attrs?.href));
    for (const href of hrefs) expect(String(href)).toMatch(/^https:\/\/[a-z0-9.-]+\.(atlassian\.net|local)(\/|$)/);
    // Markup is quoted as text: the approval question shows the brackets rather than a link.
    if (name.includes('[click|')) expect(ours.map((c) => plainText(c.body)).join('\n')).toContain('[click|javascript:');
    expect(key).toMatch(/^SS-\d+$/);
  } finally {
    stack.stop();
  }
});
