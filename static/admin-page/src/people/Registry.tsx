// The S2 registry, saved together: each partner's services (a shared service keeps its content when a partner
// leaves; only that partner's routing goes) and the interest lists (who hears about new content of a kind).
import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { registrySchema, type RegistryView } from '../../../../src/shared/admin-contracts';
import { admin } from '../api';
import type { Failure } from '../call';
import { ErrorMessage } from '../ErrorMessage';
import { useI18n } from '../useI18n';
import { InterestLists } from './InterestLists';
import { ServiceRows } from './ServiceRows';

interface Props {
  /** The directory's people, for the interest lists: key -> display name. */
  people: Record<string, string>;
  onDirty: (dirty: boolean) => void;
}

export function Registry({ people, onDirty }: Props) {
  const { t } = useI18n();
  const [saved, setSaved] = useState<RegistryView | undefined>();
  const [view, setView] = useState<RegistryView>({ services: [], interests: {} });
  const [failure, setFailure] = useState<Failure | undefined>();
  const [status, setStatus] = useState('');
  const load = useCallback(
    () =>
      void admin('getRegistry', {}).then((a) => {
        if (!a.ok) return setFailure(a);
        setFailure(undefined);
        setSaved(a.data);
        setView(a.data);
      }),
    [],
  );
  useEffect(load, [load]);
  const dirty = saved !== undefined && JSON.stringify(saved) !== JSON.stringify(view);
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  const invalid = view.services.findIndex((r) => r.partner.trim() === '' || r.service.trim() === '');
  const check = registrySchema.safeParse(view);
  const save = async () => {
    setStatus('');
    const a = await admin('saveRegistry', view);
    if (!a.ok) return setFailure(a);
    setFailure(undefined);
    setSaved(view);
    setStatus(t('registry.saved'));
  };
  return (
    <section
      aria-labelledby="registry-title"
      data-testid="registry"
      style={{ display: 'grid', gap: token('space.200') }}
    >
      <h3 id="registry-title" style={{ font: token('font.heading.small'), margin: 0 }}>
        {t('registry.title')}
      </h3>
      <p style={{ margin: 0 }}>{t('registry.intro')}</p>
      <ServiceRows rows={view.services} onChange={(services) => setView({ ...view, services })} />
      <InterestLists lists={view.interests} people={people} onChange={(interests) => setView({ ...view, interests })} />
      <div>
        <Button appearance="primary" isDisabled={!dirty || !check.success} onClick={() => void save()}>
          {t('registry.save')}
        </Button>
      </div>
      <p role="status" style={{ margin: 0 }}>
        {invalid >= 0
          ? t('registry.invalid', { n: invalid + 1 })
          : !check.success
            ? (check.error.issues[0]?.message ?? '')
            : dirty
              ? t('people.unsaved')
              : status}
      </p>
      {failure ? <ErrorMessage code={failure.code} message={failure.message} onRetry={load} /> : null}
    </section>
  );
}
