// The admin tests' common start: a fresh in-process stack per test, and the admin resolver called as the bridge
// would (function `admin-resolver`, the caller's account id in the context).
import { loadRunRecord } from '../../src/storage';
import type { AdminEnvelope, AdminInput, AdminOutput, AdminResolverName } from '../../src/shared/admin-contracts';
import { inProcessStack, type InProcess } from './stack';

export const ADMIN = '712020:site-admin';
export const AGENT = '712020:priya-agent';
export const BOB = 'bob@sunpower-installers.example';
export const EVERBRIGHT = 'everbright-partner-onboarding';

export interface AdminStack {
  readonly p: InProcess;
  call<K extends AdminResolverName>(
    name: K,
    payload: AdminInput<K>,
    as?: string,
  ): Promise<AdminEnvelope<AdminOutput<K>>>;
  /** Calls as the admin and fails the test unless the answer is ok. */
  ok<K extends AdminResolverName>(name: K, payload: AdminInput<K>): Promise<AdminOutput<K>>;
  /** The version of the playbook the run on `issueKey` follows. */
  runVersion(issueKey: string): Promise<number | undefined>;
}

export function useAdminStack(): AdminStack {
  let current: InProcess | undefined;
  beforeEach(async () => {
    current = await inProcessStack();
  });
  afterEach(() => current?.stack.stop());
  const s: AdminStack = {
    get p(): InProcess {
      if (!current) throw new Error('useAdminStack: the stack exists only inside a test');
      return current;
    },
    call: async (name, payload, as = ADMIN) =>
      (await s.p.stack.runtime.invoke('admin-resolver', {
        call: { functionKey: name, payload },
        context: { accountId: as },
      })) as AdminEnvelope<never>,
    ok: async (name, payload) => {
      const answer = await s.call(name, payload);
      if (!answer.ok) throw new Error(`${name} answered ${answer.error.code}: ${answer.error.message}`);
      return answer.data;
    },
    runVersion: async (issueKey) => (await loadRunRecord(issueKey))?.run.playbookVersion,
  };
  return s;
}

/** An S1 onboarding email (the installer named so the tickets differ). */
export function s1Body(installer: string): string {
  return `<p>Contractor Installer name: ${installer}</p><p>Contractor Installer contact email: bob@sunpower-installers.example</p>`;
}
