// Live validation: the validatePlaybook resolver, asked once typing pauses; an older answer never replaces a newer.
import { useEffect, useRef, useState } from 'react';
import type { PlaybookProblem } from '../../../../src/shared/admin-contracts';
import { admin } from '../api';

export type Validation =
  | { kind: 'checking' }
  | { kind: 'checked'; ok: boolean; id?: string; problems: PlaybookProblem[] }
  | { kind: 'failed'; message: string };

const PAUSE_MS = 400;

export function useValidation(yaml: string): Validation {
  const [state, setState] = useState<Validation>({ kind: 'checking' });
  const latest = useRef(0);
  useEffect(() => {
    const ask = ++latest.current;
    setState({ kind: 'checking' });
    const timer = setTimeout(() => {
      void admin('validatePlaybook', { yaml }).then((answer) => {
        if (ask !== latest.current) return;
        if (answer.ok)
          setState({
            kind: 'checked',
            ok: answer.data.ok,
            problems: answer.data.errors,
            ...(answer.data.id ? { id: answer.data.id } : {}),
          });
        else setState({ kind: 'failed', message: answer.message });
      });
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [yaml]);
  return state;
}
