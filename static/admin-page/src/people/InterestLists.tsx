// Interest lists: a kind of content -> the people (directory keys) told when such content is published.
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Select from '@atlaskit/select';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useI18n } from '../useI18n';

type Lists = Record<string, string[]>;

export function InterestLists(p: { lists: Lists; people: Record<string, string>; onChange: (l: Lists) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const options = Object.entries(p.people).map(([value, label]) => ({ value, label: `${label} (${value})` }));
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ font: token('font.heading.xsmall') }}>{t('interests.title')}</legend>
      {Object.keys(p.lists).length === 0 ? <p>{t('interests.empty')}</p> : null}
      {Object.entries(p.lists).map(([list, keys], i) => (
        <div key={list} style={{ display: 'grid', gridTemplateColumns: '12rem 1fr auto', gap: token('space.100') }}>
          <label htmlFor={`interest-${i}`} style={{ alignSelf: 'center' }}>
            {list}
          </label>
          <Select
            inputId={`interest-${i}`}
            isMulti
            options={options}
            value={options.filter((o) => keys.includes(o.value))}
            onChange={(chosen) => p.onChange({ ...p.lists, [list]: chosen.map((o) => o.value) })}
          />
          <Button
            appearance="subtle"
            onClick={() => {
              const { [list]: _gone, ...rest } = p.lists;
              p.onChange(rest);
            }}
          >
            {t('interests.remove', { list })}
          </Button>
        </div>
      ))}
      <form
        style={{ display: 'flex', gap: token('space.100'), alignItems: 'end', marginTop: token('space.100') }}
        onSubmit={(e) => {
          e.preventDefault();
          const list = name.trim();
          if (!list || Object.hasOwn(p.lists, list)) return;
          p.onChange({ ...p.lists, [list]: [] });
          setName('');
        }}
      >
        <div>
          <label htmlFor="new-interest" style={{ display: 'block', marginBottom: token('space.050') }}>
            {t('interests.new')}
          </label>
          <TextField id="new-interest" value={name} onChange={(e) => setName(e.currentTarget.value)} />
        </div>
        <Button type="submit">{t('interests.add')}</Button>
      </form>
    </fieldset>
  );
}
