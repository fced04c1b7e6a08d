// The issue panel's resolver calls as the page sends them (Custom UI invoke), for end-to-end tests.
import type { RunView } from '../../src/shared/contracts';
import type { E2E } from './stack-harness';

export interface Answer<T = unknown> {
  ok: boolean;
  data?: T;
  error?: { code: string; reason?: string; message: string };
}

export function panelClient(e2e: E2E, viewer: string) {
  let requests = 0;
  const invoke = async <T>(accountId: string, functionKey: string, payload: unknown): Promise<Answer<T>> => {
    const r = await e2e.stack.runtime.invoke('panel-resolver', {
      call: { functionKey, payload },
      context: { accountId },
    });
    await e2e.control('/local/settle');
    return r as Answer<T>;
  };
  const view = async (key: string): Promise<RunView | null> =>
    (await invoke<RunView | null>(viewer, 'getRun', { issueKey: key })).data ?? null;
  return {
    invoke,
    act: (as: string, payload: Record<string, unknown>) =>
      invoke(as, 'act', { requestId: `p${++requests}`, ...payload }),
    view,
    step: async (key: string, id: string) => (await view(key))?.steps.find((s) => s.id === id),
  };
}
