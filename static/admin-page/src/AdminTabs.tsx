// Playbooks, People, Slack, Insight. Panels stay mounted, so edits survive a tab change; leaving a tab with
// unsaved edits still asks first, and the browser asks before the page is left. Each tab but the first, and the
// dialog, load their code when first opened (Tabs mounts a panel on its first visit).
import { useCallback, useEffect, useRef, useState } from 'react';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { onDemand } from '../../shared/OnDemand';
import { PlaybooksTab } from './playbooks/PlaybooksTab';
import { UnsavedContext, type TabId } from './unsaved';
import { useI18n } from './useI18n';

const PeopleTab = onDemand(() => import('./people/PeopleTab').then((m) => m.PeopleTab));
const SlackTab = onDemand(() => import('./slack/SlackTab').then((m) => m.SlackTab));
const InsightTab = onDemand(() => import('./insight/InsightTab').then((m) => m.InsightTab));
const ConfirmDialog = onDemand(() => import('./ConfirmDialog').then((m) => m.ConfirmDialog), 'nothing');

const TABS: TabId[] = ['playbooks', 'people', 'slack', 'insight'];
// Tab panels shrink to their content otherwise.
const full = { width: '100%' } as const;

export function AdminTabs() {
  const { t } = useI18n();
  const [selected, setSelected] = useState(0);
  const [pending, setPending] = useState<number | undefined>();
  // Mounted from the first question on, so it can animate out when answered.
  const [asked, setAsked] = useState(false);
  const dirty = useRef(new Set<TabId>());
  const report = useCallback((tab: TabId, isDirty: boolean) => {
    if (isDirty) dirty.current.add(tab);
    else dirty.current.delete(tab);
  }, []);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current.size > 0) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const change = (index: number) => {
    const current = TABS[selected];
    if (current && dirty.current.has(current) && index !== selected) {
      setPending(index);
      setAsked(true);
    } else setSelected(index);
  };
  const leaving = TABS[selected] ?? 'playbooks';

  return (
    <UnsavedContext.Provider value={report}>
      <Tabs id="admin-tabs" selected={selected} onChange={change}>
        <TabList>
          {TABS.map((id) => (
            <Tab key={id} testId={`tab-${id}`}>
              {t(`tab.${id}`)}
            </Tab>
          ))}
        </TabList>
        <TabPanel>
          <div style={full}>
            <PlaybooksTab />
          </div>
        </TabPanel>
        <TabPanel>
          <div style={full}>
            <PeopleTab />
          </div>
        </TabPanel>
        <TabPanel>
          <div style={full}>
            <SlackTab />
          </div>
        </TabPanel>
        <TabPanel>
          <div style={full}>
            <InsightTab active={selected === 3} />
          </div>
        </TabPanel>
      </Tabs>
      {asked ? (
        <ConfirmDialog
          open={pending !== undefined}
          title={t('unsaved.title')}
          confirm={t('unsaved.leave')}
          appearance="warning"
          testId="unsaved-dialog"
          onCancel={() => setPending(undefined)}
          onConfirm={() => {
            if (pending !== undefined) setSelected(pending);
            setPending(undefined);
          }}
        >
          <p>{t('unsaved.body', { tab: t(`tab.${leaving}`) })}</p>
        </ConfirmDialog>
      ) : null}
    </UnsavedContext.Provider>
  );
}
