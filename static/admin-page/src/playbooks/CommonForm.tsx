// Name and description as form fields: each edit rewrites that key in the YAML, so the text stays the truth.
import TextArea from '@atlaskit/textarea';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useI18n } from '../useI18n';
import { readFields, writeField } from './yaml-fields';

export function CommonForm({ yaml, onChange }: { yaml: string; onChange: (yaml: string) => void }) {
  const { t } = useI18n();
  const fields = readFields(yaml);
  if (!fields) return <p data-testid="form-unavailable">{t('form.unparsable')}</p>;
  const label = { display: 'block', fontWeight: 600, margin: `${token('space.100')} 0 ${token('space.050')}` };
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ font: token('font.heading.xsmall') }}>{t('form.title')}</legend>
      <label htmlFor="pb-name" style={label}>
        {t('form.name')}
      </label>
      <TextField
        id="pb-name"
        value={fields.name}
        onChange={(e) => onChange(writeField(yaml, 'name', e.currentTarget.value))}
      />
      <label htmlFor="pb-description" style={label}>
        {t('form.description')}
      </label>
      <TextArea
        id="pb-description"
        value={fields.description}
        minimumRows={3}
        onChange={(e) => onChange(writeField(yaml, 'description', e.currentTarget.value))}
      />
    </fieldset>
  );
}
