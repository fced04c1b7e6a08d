// The Playbooks tab: the table, create from a template, import; the opened playbook below. Drafts live here,
// one per playbook, so nothing typed is lost when another playbook or tab is opened. The opened playbook (YAML
// editor, diff, history) and the create dialog load their code when first needed: the table is the first view.
import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import type { PlaybookRow } from '../../../../src/shared/admin-contracts';
import { admin } from '../api';
import type { Outcome } from '../call';
import { ErrorMessage } from '../ErrorMessage';
import { useUnsaved } from '../unsaved';
import { useI18n } from '../useI18n';
import { onDemand } from '../../../shared/OnDemand';
import { isDirty, type Draft } from './draft';
import { Import } from './Import';
import { PlaybookTable } from './PlaybookTable';

const PlaybookDetail = onDemand(() => import('./PlaybookDetail').then((m) => m.PlaybookDetail));
const CreateDialog = onDemand(() => import('./CreateDialog').then((m) => m.CreateDialog), 'nothing');

export function PlaybooksTab() {
  const { t } = useI18n();
  const [rows, setRows] = useState<Outcome<PlaybookRow[]> | undefined>();
  const [openId, setOpenId] = useState<string | undefined>();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [creating, setCreating] = useState(false);
  // Mounted from the first opening on, so it keeps what was typed and can animate out.
  const [createOpened, setCreateOpened] = useState(false);
  const [toggleFailure, setToggleFailure] = useState<Outcome<unknown> | undefined>();

  const reload = useCallback(() => void admin('listPlaybooks', {}).then(setRows), []);
  useEffect(reload, [reload]);
  const dirtyIds = new Set(Object.keys(drafts).filter((id) => isDirty(drafts[id])));
  useUnsaved('playbooks', dirtyIds.size > 0);

  const setDraft = useCallback(
    (id: string, d: Draft | undefined) =>
      setDrafts((all) => {
        const next = { ...all };
        if (d) next[id] = d;
        else delete next[id];
        return next;
      }),
    [],
  );
  const toggle = async (id: string, enabled: boolean) => {
    const a = await admin('setEnabled', { id, enabled });
    setToggleFailure(a.ok ? undefined : a);
    reload();
  };

  if (!rows) return <Spinner label={t('loading')} />;
  if (!rows.ok) return <ErrorMessage code={rows.code} message={rows.message} onRetry={reload} />;
  const open = rows.data.find((r) => r.id === openId);
  return (
    <section aria-labelledby="playbooks-title" style={{ paddingTop: token('space.200') }}>
      <h2 id="playbooks-title" style={{ font: token('font.heading.medium') }}>
        {t('tab.playbooks')}
      </h2>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.300'), alignItems: 'end' }}>
        <Button
          appearance="primary"
          onClick={() => {
            setCreating(true);
            setCreateOpened(true);
          }}
        >
          {t('create.open')}
        </Button>
        <Import
          onImported={(id) => {
            reload();
            setOpenId(id);
          }}
        />
      </div>
      {toggleFailure && !toggleFailure.ok ? (
        <ErrorMessage code={toggleFailure.code} message={toggleFailure.message} />
      ) : null}
      <PlaybookTable rows={rows.data} dirtyIds={dirtyIds} onOpen={setOpenId} onToggle={(id, e) => void toggle(id, e)} />
      {open ? (
        <PlaybookDetail
          key={open.id}
          row={open}
          draft={drafts[open.id]}
          setDraft={setDraft}
          onChanged={reload}
          onClose={() => setOpenId(undefined)}
          onToggle={(enabled) => void toggle(open.id, enabled)}
        />
      ) : null}
      {createOpened ? (
        <CreateDialog
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            reload();
            setOpenId(id);
          }}
        />
      ) : null}
    </section>
  );
}
