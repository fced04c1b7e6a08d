// The S2 service registry: each partner's services and whether a service is shared (removal keeps a shared
// service's content and only takes out the partner's routing).
import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import TextField from '@atlaskit/textfield';
import Toggle from '@atlaskit/toggle';
import { token } from '@atlaskit/tokens';
import { registryEntrySchema, type RegistryEntry } from '../../../../src/shared/admin-contracts';
import { admin } from '../api';
import type { Failure } from '../call';
import { ErrorMessage } from '../ErrorMessage';
import { useI18n } from '../useI18n';

export function Registry({ onDirty }: { onDirty: (dirty: boolean) => void }) {
  const { t } = useI18n();
  const [saved, setSaved] = useState<RegistryEntry[] | undefined>();
  const [rows, setRows] = useState<RegistryEntry[]>([]);
  const [failure, setFailure] = useState<Failure | undefined>();
  const [status, setStatus] = useState('');
  const load = useCallback(
    () =>
      void admin('getRegistry', {}).then((a) => {
        if (!a.ok) return setFailure(a);
        setSaved(a.data.services);
        setRows(a.data.services);
      }),
    [],
  );
  useEffect(load, [load]);
  const dirty = saved !== undefined && JSON.stringify(saved) !== JSON.stringify(rows);
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  const invalid = rows.findIndex((r) => !registryEntrySchema.safeParse(r).success);
  const set = (i: number, r: RegistryEntry) => setRows(rows.map((x, j) => (j === i ? r : x)));
  const save = async () => {
    const a = await admin('saveRegistry', { services: rows });
    if (!a.ok) return setFailure(a);
    setFailure(undefined);
    setSaved(rows);
    setStatus(t('registry.saved'));
  };
  return (
    <section aria-labelledby="registry-title" data-testid="registry">
      <h3 id="registry-title" style={{ font: token('font.heading.small') }}>
        {t('registry.title')}
      </h3>
      <p>{t('registry.intro')}</p>
      {rows.map((r, i) => (
        <div
          key={i}
          style={{
            display: 'grid',
            gridTemplateColumns: '1fr 1fr auto auto',
            gap: token('space.100'),
            alignItems: 'center',
          }}
        >
          <TextField
            aria-label={t('registry.partner', { n: i + 1 })}
            value={r.partner}
            onChange={(e) => set(i, { ...r, partner: e.currentTarget.value })}
          />
          <TextField
            aria-label={t('registry.service', { n: i + 1 })}
            value={r.service}
            onChange={(e) => set(i, { ...r, service: e.currentTarget.value })}
          />
          <Toggle
            label={t('registry.shared', { n: i + 1 })}
            isChecked={r.shared}
            onChange={() => set(i, { ...r, shared: !r.shared })}
          />
          <Button appearance="subtle" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
            {t('registry.remove', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <div style={{ display: 'flex', gap: token('space.100'), marginTop: token('space.100') }}>
        <Button onClick={() => setRows([...rows, { partner: '', service: '', shared: false }])}>
          {t('registry.add')}
        </Button>
        <Button appearance="primary" isDisabled={!dirty || invalid >= 0} onClick={() => void save()}>
          {t('registry.save')}
        </Button>
      </div>
      <p role="status">{invalid >= 0 ? t('registry.invalid', { n: invalid + 1 }) : status}</p>
      {failure ? <ErrorMessage code={failure.code} message={failure.message} onRetry={load} /> : null}
    </section>
  );
}
