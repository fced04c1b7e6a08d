// The panel tests' common start: an S1 run waiting for David's approval (CS-1 put On Hold by the config team),
// and the panel resolver called as any user, as the bridge would.
import type { RunView } from '../../src/shared/contracts';
import { inProcessStack, S1_BODY, type InProcess } from './stack';

export const BOB = 'bob@sunpower-installers.example';
export const AGENT = '712020:priya-agent';
export const OUTSIDER = '712020:olga-outsider';
export const CONFIG = '712020:chris-config';

export interface PanelRun {
  /** The stack of the current test (a fresh one per test). */
  readonly p: InProcess;
  readonly invoke: (functionKey: string, accountId: string, payload: unknown) => Promise<unknown>;
  /** SS-1's run as the agent sees it. */
  readonly view: () => Promise<RunView>;
}

/** Registers beforeEach/afterEach: each test starts on its own stack with SS-1 waiting for approval. */
export function usePanelRun(): PanelRun {
  let current: InProcess | undefined;
  beforeEach(async () => {
    const p = await inProcessStack();
    current = p;
    await p.email(BOB, 'EverBright Partner Onboarding', S1_BODY);
    const t = await p.rest('GET', '/rest/api/3/issue/CS-1/transitions', CONFIG);
    const onHold = (t.body as { transitions: { id: string; to: { name: string } }[] }).transitions.find(
      (x) => x.to.name === 'On Hold',
    );
    await p.rest('POST', '/rest/api/3/issue/CS-1/transitions', CONFIG, { transition: { id: onHold?.id } });
  });
  afterEach(() => current?.stack.stop());
  const run: PanelRun = {
    get p(): InProcess {
      if (!current) throw new Error('usePanelRun: the stack exists only inside a test');
      return current;
    },
    invoke: (functionKey, accountId, payload) =>
      run.p.stack.runtime.invoke('panel-resolver', { call: { functionKey, payload }, context: { accountId } }),
    view: async () => {
      const r = (await run.invoke('getRun', AGENT, { issueKey: 'SS-1' })) as { ok: true; data: RunView };
      return r.data;
    },
  };
  return run;
}
