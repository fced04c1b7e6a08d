// Editing one playbook: the form and the YAML with live validation; saving refused while invalid; a save that
// meets someone else's newer version shows both and overwrites nothing.
import { useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { PlaybookProblem } from '../../../../src/shared/admin-contracts';
import { admin } from '../api';
import type { Failure } from '../call';
import { ErrorMessage } from '../ErrorMessage';
import type { MessageKey } from '../i18n';
import { useI18n } from '../useI18n';
import { CommonForm } from './CommonForm';
import { Conflict } from './Conflict';
import type { Draft } from './draft';
import { goToLine } from './lines';
import { Problems } from './Problems';
import { SaveBar } from './SaveBar';
import { useValidation } from './useValidation';
import { YamlEditor } from './YamlEditor';

type Blocked = { key: MessageKey; params?: Record<string, string | number> };

interface Props {
  id: string;
  draft: Draft;
  setDraft: (d: Draft | undefined) => void;
  onSaved: (version: number) => void;
}

export function Editor({ id, draft, setDraft, onSaved }: Props) {
  const { t } = useI18n();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const validation = useValidation(draft.yaml);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>();
  const [savedAs, setSavedAs] = useState<number | undefined>();

  const problems: PlaybookProblem[] = validation.kind === 'checked' ? validation.problems : [];
  const idMismatch = validation.kind === 'checked' && validation.id !== undefined && validation.id !== id;
  const blocked: Blocked | undefined =
    draft.yaml === draft.baseYaml
      ? { key: 'save.unchanged' }
      : validation.kind === 'checking'
        ? { key: 'save.checking' }
        : validation.kind === 'failed'
          ? { key: 'save.cannotCheck', params: { message: validation.message } }
          : problems.length > 0 || !validation.ok
            ? { key: 'save.invalid', params: { count: Math.max(problems.length, 1) } }
            : idMismatch
              ? { key: 'save.idMismatch', params: { id, other: validation.id ?? '' } }
              : draft.conflict
                ? { key: 'save.conflictFirst' }
                : undefined;

  const save = async (note: string) => {
    setSaving(true);
    setFailure(undefined);
    setSavedAs(undefined);
    const answer = await admin('savePlaybook', {
      id,
      yaml: draft.yaml,
      expectedVersion: draft.baseVersion,
      ...(note ? { note } : {}),
    });
    if (answer.ok) {
      const fresh = await admin('getPlaybook', { id, version: answer.data.version });
      const yaml = fresh.ok ? fresh.data.yaml : draft.yaml;
      setDraft({ baseVersion: answer.data.version, baseYaml: yaml, yaml });
      setSavedAs(answer.data.version);
      onSaved(answer.data.version);
    } else if (answer.code === 'VERSION_CONFLICT') {
      const theirs = await admin('getPlaybook', { id });
      if (theirs.ok) setDraft({ ...draft, conflict: { version: theirs.data.version, yaml: theirs.data.yaml } });
      setFailure(answer);
    } else setFailure(answer);
    setSaving(false);
  };

  return (
    <section aria-labelledby="editor-title" data-testid="editor" style={{ display: 'grid', gap: token('space.200') }}>
      <h3 id="editor-title" style={{ font: token('font.heading.small'), margin: 0 }}>
        {t('editor.title', { version: draft.baseVersion })}
      </h3>
      <CommonForm yaml={draft.yaml} onChange={(yaml) => setDraft({ ...draft, yaml })} />
      <YamlEditor
        value={draft.yaml}
        onChange={(yaml) => setDraft({ ...draft, yaml })}
        problems={problems}
        textareaRef={textarea}
        describedBy="yaml-problems save-blocked"
      />
      <p role="status" data-testid="validation-state" style={{ margin: 0, color: token('color.text.subtle') }}>
        {validation.kind === 'checking'
          ? t('validation.checking')
          : validation.kind === 'checked' && problems.length === 0 && validation.ok
            ? t('validation.ok')
            : ''}
      </p>
      <Problems id="yaml-problems" problems={problems} onGoTo={(line) => goToLine(textarea.current, line)} />
      {draft.conflict ? (
        <Conflict
          mine={draft.yaml}
          theirs={draft.conflict}
          onKeepMine={() => {
            const theirs = draft.conflict;
            if (theirs) setDraft({ baseVersion: theirs.version, baseYaml: theirs.yaml, yaml: draft.yaml });
            setFailure(undefined);
          }}
          onTakeTheirs={() => {
            const theirs = draft.conflict;
            if (theirs) setDraft({ baseVersion: theirs.version, baseYaml: theirs.yaml, yaml: theirs.yaml });
            setFailure(undefined);
          }}
        />
      ) : null}
      <SaveBar blocked={blocked} saving={saving} onSave={(note) => void save(note)} />
      {failure && failure.code !== 'VERSION_CONFLICT' ? (
        <ErrorMessage code={failure.code} message={failure.message} />
      ) : null}
      {savedAs ? (
        <p role="status" data-testid="saved">
          {t('save.done', { version: savedAs })}
        </p>
      ) : null}
      {draft.yaml !== draft.baseYaml ? (
        <div>
          <Button appearance="subtle" onClick={() => setDraft({ ...draft, yaml: draft.baseYaml })}>
            {t('editor.discard')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
