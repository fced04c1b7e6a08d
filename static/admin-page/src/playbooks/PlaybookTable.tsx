// Every playbook: name (opens the editor), enabled (switches at once), version, active runs, last edited.
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import Toggle from '@atlaskit/toggle';
import type { PlaybookRow } from '../../../../src/shared/admin-contracts';
import { formatDate } from '../i18n';
import { useI18n } from '../useI18n';

interface Props {
  rows: PlaybookRow[];
  dirtyIds: Set<string>;
  onOpen: (id: string) => void;
  onToggle: (id: string, enabled: boolean) => void;
}

export function PlaybookTable({ rows, dirtyIds, onOpen, onToggle }: Props) {
  const { t, locale } = useI18n();
  const head = {
    cells: ['name', 'enabled', 'version', 'activeRuns', 'lastEdited'].map((k) => ({
      key: k,
      content: t(`table.${k}` as 'table.name'),
    })),
  };
  return (
    <DynamicTable
      caption={t('table.caption')}
      head={head}
      emptyView={<p>{t('table.empty')}</p>}
      testId="playbook-table"
      rows={rows.map((r) => ({
        key: r.id,
        testId: `playbook-row-${r.id}`,
        cells: [
          {
            key: 'name',
            content: (
              <>
                <Button appearance="subtle" onClick={() => onOpen(r.id)} testId={`open-${r.id}`}>
                  {r.name}
                </Button>
                {dirtyIds.has(r.id) ? <Lozenge appearance="moved">{t('table.unsaved')}</Lozenge> : null}
              </>
            ),
          },
          {
            key: 'enabled',
            content: (
              <Toggle
                id={`enabled-${r.id}`}
                label={t('table.enabledLabel', { name: r.name })}
                isChecked={r.enabled}
                onChange={() => onToggle(r.id, !r.enabled)}
              />
            ),
          },
          { key: 'version', content: r.version },
          {
            key: 'activeRuns',
            content:
              r.activeRunsOnOlderVersions > 0
                ? t('table.runsOlder', { count: r.activeRuns, older: r.activeRunsOnOlderVersions })
                : r.activeRuns,
          },
          {
            key: 'lastEdited',
            content: r.lastEditedAt
              ? t('table.edited', {
                  at: formatDate(r.lastEditedAt, locale),
                  by: r.lastEditedBy?.displayName ?? r.lastEditedBy?.accountId ?? '—',
                })
              : '—',
          },
        ],
      }))}
    />
  );
}
