// One action at a time: the button shows it is working, and the outcome (done or refused) is announced.
import { useState } from 'react';
import type { PanelAction } from '../../../src/shared/contracts';
import { act, type Outcome } from './api';

export type ActionState =
  | { kind: 'idle' }
  | { kind: 'working'; action: PanelAction }
  | { kind: 'done'; state: string }
  | { kind: 'failed'; code: string; message: string };

export function useAction(issueKey: string, onChanged: () => void) {
  const [state, setState] = useState<ActionState>({ kind: 'idle' });
  const run = async (action: PanelAction, note?: string) => {
    setState({ kind: 'working', action });
    const outcome: Outcome<{ state: string }> = await act(issueKey, action, note);
    if (outcome.ok) {
      setState({ kind: 'done', state: outcome.data.state });
      onChanged();
    } else setState({ kind: 'failed', code: outcome.code, message: outcome.message });
  };
  return { state, run: (action: PanelAction, note?: string) => void run(action, note) };
}
