// Which tabs hold unsaved edits: the tab bar asks before leaving one, the browser before leaving the page.
import { createContext, useContext, useEffect } from 'react';

export type TabId = 'playbooks' | 'people' | 'slack' | 'insight';

export const UnsavedContext = createContext<(tab: TabId, dirty: boolean) => void>(() => undefined);

/** Reports this tab's unsaved state while the component is mounted. */
export function useUnsaved(tab: TabId, dirty: boolean): void {
  const report = useContext(UnsavedContext);
  useEffect(() => {
    report(tab, dirty);
    return () => report(tab, false);
  }, [report, tab, dirty]);
}
