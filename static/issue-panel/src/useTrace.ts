// The run's stored trace, read again each time the run is (re)loaded.
import { useEffect, useState } from 'react';
import type { TraceBatch } from '../../../src/shared/contracts';
import { getTrace, type Outcome } from './api';

export function useTrace(issueKey: string, loaded: unknown, hasRun: boolean): Outcome<TraceBatch[]> | undefined {
  const [trace, setTrace] = useState<Outcome<TraceBatch[]> | undefined>();
  useEffect(() => {
    if (!hasRun || issueKey === '') return;
    let live = true;
    void getTrace(issueKey).then((t) => {
      if (live) setTrace(t);
    });
    return () => {
      live = false;
    };
  }, [issueKey, loaded, hasRun]);
  return trace;
}
