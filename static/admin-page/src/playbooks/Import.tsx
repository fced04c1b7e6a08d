// Import a playbook from a YAML file: validated like a save; an existing id becomes a new version only when the
// admin says so.
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { admin } from '../api';
import type { Failure } from '../call';
import { ErrorMessage } from '../ErrorMessage';
import { useI18n } from '../useI18n';
import { Problems } from './Problems';

export function Import({ onImported }: { onImported: (id: string) => void }) {
  const { t } = useI18n();
  const [yaml, setYaml] = useState<string | undefined>();
  const [failure, setFailure] = useState<Failure | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const send = async (text: string, replace: boolean) => {
    setDone(undefined);
    const a = await admin('importYaml', { yaml: text, replace });
    if (!a.ok) return setFailure(a);
    setFailure(undefined);
    setYaml(undefined);
    setDone(t(a.data.created ? 'import.created' : 'import.replaced', { id: a.data.id, version: a.data.version }));
    onImported(a.data.id);
  };
  return (
    <div data-testid="import">
      <label htmlFor="import-file" style={{ display: 'block', marginBottom: token('space.050') }}>
        {t('import.label')}
      </label>
      <input
        id="import-file"
        type="file"
        accept=".yaml,.yml,text/yaml,application/yaml"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file)
            void file.text().then((text) => {
              setYaml(text);
              return send(text, false);
            });
        }}
      />
      {done ? <p role="status">{done}</p> : null}
      {failure ? <ErrorMessage code={failure.code} message={failure.message} /> : null}
      {failure?.errors ? <Problems id="import-problems" problems={failure.errors} /> : null}
      {failure?.code === 'ALREADY_EXISTS' && yaml ? (
        <Button appearance="warning" onClick={() => void send(yaml, true)}>
          {t('import.replace')}
        </Button>
      ) : null}
    </div>
  );
}
