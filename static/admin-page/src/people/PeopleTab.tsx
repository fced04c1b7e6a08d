// The People tab: the directory (people and lookup tables) saved as one record, and the S2 service registry.
import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import { directorySchema, type Directory } from '../../../../src/domain/people';
import { admin } from '../api';
import type { Failure } from '../call';
import { ErrorMessage } from '../ErrorMessage';
import { useUnsaved } from '../unsaved';
import { useI18n } from '../useI18n';
import { LookupTables } from './LookupTables';
import { PeopleList } from './PeopleList';
import { Registry } from './Registry';

export function PeopleTab() {
  const { t } = useI18n();
  const [saved, setSaved] = useState<Directory | undefined>();
  const [dir, setDir] = useState<Directory | undefined>();
  const [failure, setFailure] = useState<Failure | undefined>();
  const [status, setStatus] = useState('');
  const [registryDirty, setRegistryDirty] = useState(false);
  const load = useCallback(
    () =>
      void admin('getDirectory', {}).then((a) => {
        if (!a.ok) return setFailure(a);
        setFailure(undefined);
        setSaved(a.data);
        setDir(a.data);
      }),
    [],
  );
  useEffect(load, [load]);
  const dirty = !!dir && JSON.stringify(dir) !== JSON.stringify(saved);
  useUnsaved('people', dirty || registryDirty);
  const onRegistryDirty = useCallback((d: boolean) => setRegistryDirty(d), []);

  if (!dir)
    return failure ? (
      <ErrorMessage code={failure.code} message={failure.message} onRetry={load} />
    ) : (
      <Spinner label={t('loading')} />
    );
  const check = directorySchema.safeParse(dir);
  const problems = check.success ? [] : check.error.issues.map((i) => `${i.path.join(' › ')}: ${i.message}`);
  const save = async () => {
    setStatus('');
    const a = await admin('saveDirectory', { directory: dir });
    if (!a.ok) return setFailure(a);
    setFailure(undefined);
    setSaved(dir);
    setStatus(t('people.saved'));
  };
  return (
    <section
      aria-labelledby="people-tab-title"
      style={{ paddingTop: token('space.200'), display: 'grid', gap: token('space.300') }}
    >
      <h2 id="people-tab-title" style={{ font: token('font.heading.medium'), margin: 0 }}>
        {t('tab.people')}
      </h2>
      <PeopleList dir={dir} onChange={setDir} />
      <LookupTables dir={dir} onChange={setDir} />
      <p>{t('people.fallbacks')}</p>
      <div>
        <Button
          appearance="primary"
          isDisabled={!dirty || problems.length > 0}
          onClick={() => void save()}
          testId="save-directory"
        >
          {t('people.save')}
        </Button>
        <div role="status" data-testid="directory-status">
          {problems.length > 0 ? (
            <>
              <p>{t('people.fixFirst')}</p>
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{dirty ? t('people.unsaved') : status}</p>
          )}
        </div>
        {failure ? <ErrorMessage code={failure.code} message={failure.message} /> : null}
      </div>
      <Registry
        people={Object.fromEntries(Object.entries(dir.people).map(([k, p]) => [k, p.displayName]))}
        onDirty={onRegistryDirty}
      />
    </section>
  );
}
