// One playbook opened: export, the editor, moving running runs, the history and a dry run.
import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Spinner from '@atlaskit/spinner';
import Toggle from '@atlaskit/toggle';
import { token } from '@atlaskit/tokens';
import type { PlaybookRow } from '../../../../src/shared/admin-contracts';
import { admin } from '../api';
import type { Failure } from '../call';
import { download } from '../download';
import { ErrorMessage } from '../ErrorMessage';
import { useI18n } from '../useI18n';
import { isDirty, type Draft } from './draft';
import { DryRun } from './DryRun';
import { Editor } from './Editor';
import { History } from './History';
import { Migrate } from './Migrate';

interface Props {
  row: PlaybookRow;
  draft: Draft | undefined;
  setDraft: (id: string, d: Draft | undefined) => void;
  onChanged: () => void;
  onClose: () => void;
  /** The enabled switch belongs to the playbook, not to a version: it applies at once, without a save. */
  onToggle: (enabled: boolean) => void;
}

export function PlaybookDetail({ row, draft, setDraft, onChanged, onClose, onToggle }: Props) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<Failure | undefined>();
  const id = row.id;
  const loaded = !!draft;
  useEffect(() => {
    if (loaded) return;
    void admin('getPlaybook', { id }).then((a) =>
      a.ok ? setDraft(id, { baseVersion: a.data.version, baseYaml: a.data.yaml, yaml: a.data.yaml }) : setFailure(a),
    );
  }, [id, loaded, setDraft]);
  // A newer version saved elsewhere (a rollback, an import): an untouched editor follows it; edits stay put and
  // meet it as a conflict on save.
  const stale = !!draft && !isDirty(draft) && row.version > draft.baseVersion;
  useEffect(() => {
    if (stale) setDraft(id, undefined);
  }, [stale, id, setDraft]);
  const exportYaml = async () => {
    const a = await admin('exportYaml', { id });
    if (a.ok) download(a.data.filename, a.data.yaml, 'application/yaml');
    else setFailure(a);
  };
  return (
    <section
      aria-labelledby="detail-title"
      data-testid="playbook-detail"
      style={{ display: 'grid', gap: token('space.300'), marginTop: token('space.300') }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100'), alignItems: 'center' }}>
        <h2 id="detail-title" style={{ font: token('font.heading.medium'), margin: 0, flex: '1 1 auto' }}>
          {row.name}
        </h2>
        <Toggle
          id="detail-enabled"
          label={t('detail.enabled', { name: row.name })}
          isChecked={row.enabled}
          onChange={() => onToggle(!row.enabled)}
        />
        <span aria-hidden="true">{row.enabled ? t('detail.on') : t('detail.off')}</span>
        <Button onClick={() => void exportYaml()}>{t('detail.export')}</Button>
        <Button appearance="subtle" onClick={onClose}>
          {t('detail.close')}
        </Button>
      </div>
      {failure ? <ErrorMessage code={failure.code} message={failure.message} /> : null}
      {draft ? (
        <Editor id={id} draft={draft} setDraft={(d) => setDraft(id, d)} onSaved={onChanged} />
      ) : failure ? null : (
        <Spinner label={t('loading')} />
      )}
      <Migrate id={id} latest={row.version} onChanged={onChanged} />
      <History id={id} latest={row.version} onChanged={onChanged} />
      <DryRun id={id} />
    </section>
  );
}
