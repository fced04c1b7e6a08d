// The registry's rows: partner, service, shared.
import Button from '@atlaskit/button/new';
import TextField from '@atlaskit/textfield';
import Toggle from '@atlaskit/toggle';
import { token } from '@atlaskit/tokens';
import type { RegistryEntry } from '../../../../src/shared/admin-contracts';
import { useI18n } from '../useI18n';

export function ServiceRows({ rows, onChange }: { rows: RegistryEntry[]; onChange: (rows: RegistryEntry[]) => void }) {
  const { t } = useI18n();
  const set = (i: number, r: RegistryEntry) => onChange(rows.map((x, j) => (j === i ? r : x)));
  const grid = {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr auto auto',
    gap: token('space.100'),
    alignItems: 'center',
  };
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ font: token('font.heading.xsmall') }}>{t('registry.services')}</legend>
      {rows.length === 0 ? <p>{t('registry.empty')}</p> : null}
      {rows.map((r, i) => (
        <div key={i} style={grid}>
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
          <Button appearance="subtle" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {t('registry.remove', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <Button spacing="compact" onClick={() => onChange([...rows, { partner: '', service: '', shared: false }])}>
        {t('registry.add')}
      </Button>
    </fieldset>
  );
}
