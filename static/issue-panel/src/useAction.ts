// One action at a time: the button shows it is working, and the outcome (done or refused) is announced.
import { useState } from 'react';
import { act, type Outcome, type PageAction, type Target } from './api';

export type ActionState =
  | { kind: 'idle' }
  | { kind: 'working'; action: PageAction }
  | { kind: 'done'; state: string }
  | { kind: 'failed'; code: string; message: string; reason?: string | undefined };

export function useAction(issueKey: string, onChanged: () => void) {
  const [state, setState] = useState<ActionState>({ kind: 'idle' });
  const run = async (action: PageAction, target: Target = {}) => {
    setState({ kind: 'working', action });
    const outcome: Outcome<{ state: string }> = await act(issueKey, action, target);
    if (outcome.ok) {
      setState({ kind: 'done', state: outcome.data.state });
      onChanged();
    } else setState({ kind: 'failed', code: outcome.code, message: outcome.message, reason: outcome.reason });
  };
  return { state, run: (action: PageAction, target: Target = {}) => void run(action, target) };
}
