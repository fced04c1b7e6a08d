// One in-process local stack (bench/soak/stack.ts) with an S1 run waiting for its approval on SS-1 and an S4 run
// at its gate on DP-1, for the security tests to attack.
import { USERS } from '../../local/site/seed-users';
import { people, type People } from '../../bench/soak/people';
import { openSoakStack, type SoakStack } from '../../bench/soak/stack';

export const S1_EMAIL = `<p>Contractor Installer name: SunPower Installers</p>
<p>Contractor Installer contact email: bob@sunpower-installers.example</p>`;

export interface Target {
  stack: SoakStack;
  p: People;
  s1: string;
  s4: string;
}

export async function startTarget(): Promise<Target> {
  const stack = await openSoakStack({ duplicateRate: 0, seed: 1 });
  const p = people(stack);
  const s1 = await p.email('bob@sunpower-installers.example', 'EverBright Partner Onboarding', S1_EMAIL);
  await p.moveTo('CS-1', 'On Hold', USERS.config);
  const created = await p.rest<{ issueKey: string }>(USERS.vendor, 'POST', '/rest/servicedeskapi/request', {
    serviceDeskId: '4',
    requestTypeId: '41',
    requestFieldValues: {
      summary: 'Ny avsender via integrert system: Fjordkraft Eiendom AS',
      description: 'Virksomhet: Fjordkraft Eiendom AS\nIntegrert system: HR Vendor Lønn',
    },
  });
  await p.settle();
  return { stack, p, s1, s4: created.issueKey };
}

/** Everything a change could touch: the site's data (issues, comments, links, outbox) and the app's storage. */
export function state(stack: SoakStack): string {
  const { issues, comments, links, outbox } = stack.site.store.data;
  return JSON.stringify({ issues, comments, links, outbox, kvs: stack.runtime.kvsDump() });
}

export interface Answer {
  ok: boolean;
  data?: unknown;
  error?: { code: string; message: string };
}

/** A resolver call as the page makes it, as `accountId`. */
export async function invoke(
  stack: SoakStack,
  resolver: string,
  accountId: string,
  functionKey: string,
  payload: unknown,
): Promise<Answer> {
  const answer = await stack.runtime.invoke(resolver, { call: { functionKey, payload }, context: { accountId } });
  await stack.settle();
  return answer as Answer;
}

/** A REST call to the local site as a user: status and parsed body. */
export async function asUser(
  stack: SoakStack,
  accountId: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const init: RequestInit = {
    method,
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  };
  const res = await stack.site.handle(new Request(`http://local${path}`, init), { kind: 'user', accountId });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}
