// Lookup tables: a value from the ticket (such as the installer's organization) -> a person, with a default
// (account managers per organization). Playbook roles name the table; the default answers unknown values.
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Select from '@atlaskit/select';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { Directory } from '../../../../src/domain/people';
import { useI18n } from '../useI18n';

type Table = Directory['tables'][string];

export function LookupTables({ dir, onChange }: { dir: Directory; onChange: (d: Directory) => void }) {
  const { t } = useI18n();
  const [newTable, setNewTable] = useState('');
  const people = Object.entries(dir.people).map(([key, p]) => ({ value: key, label: `${p.displayName} (${key})` }));
  const setTable = (name: string, table: Table) => onChange({ ...dir, tables: { ...dir.tables, [name]: table } });
  const rename = (table: Table, from: string, to: string): Table => ({
    ...table,
    entries: Object.fromEntries(Object.entries(table.entries).map(([k, v]) => [k === from ? to : k, v])),
  });
  return (
    <section aria-labelledby="tables-title">
      <h3 id="tables-title" style={{ font: token('font.heading.small') }}>
        {t('tables.title')}
      </h3>
      <p>{t('tables.intro')}</p>
      {Object.entries(dir.tables).map(([name, table], ti) => (
        <fieldset key={name} style={{ border: `1px solid ${token('color.border')}`, marginBottom: token('space.200') }}>
          <legend>
            <code>{name}</code>
          </legend>
          {Object.entries(table.entries).map(([value, person], i) => (
            <div key={i} style={{ display: 'grid', gridTemplateColumns: '1fr 1fr auto', gap: token('space.100') }}>
              <TextField
                aria-label={t('tables.value', { table: name, n: i + 1 })}
                value={value}
                onChange={(e) => setTable(name, rename(table, value, e.currentTarget.value))}
              />
              <Select
                aria-label={t('tables.person', { value })}
                options={people}
                value={people.find((p) => p.value === person) ?? null}
                onChange={(o) => o && setTable(name, { ...table, entries: { ...table.entries, [value]: o.value } })}
              />
              <Button
                appearance="subtle"
                onClick={() => {
                  const { [value]: _gone, ...entries } = table.entries;
                  setTable(name, { ...table, entries });
                }}
              >
                {t('tables.removeRow', { value })}
              </Button>
            </div>
          ))}
          <Button
            spacing="compact"
            onClick={() =>
              setTable(name, {
                ...table,
                entries: { ...table.entries, [`${t('tables.newValue')} ${Object.keys(table.entries).length + 1}`]: '' },
              })
            }
          >
            {t('tables.addRow')}
          </Button>
          <label
            htmlFor={`default-${ti}`}
            style={{ display: 'block', margin: `${token('space.100')} 0 ${token('space.050')}` }}
          >
            {t('tables.default')}
          </label>
          <Select
            inputId={`default-${ti}`}
            options={people}
            isClearable
            value={people.find((p) => p.value === table.default) ?? null}
            onChange={(o) => {
              const { default: _old, ...rest } = table;
              setTable(name, o ? { ...rest, default: o.value } : rest);
            }}
          />
        </fieldset>
      ))}
      <form
        style={{ display: 'flex', gap: token('space.100'), alignItems: 'end' }}
        onSubmit={(e) => {
          e.preventDefault();
          const name = newTable.trim();
          if (!name || Object.hasOwn(dir.tables, name)) return;
          setTable(name, { entries: {} });
          setNewTable('');
        }}
      >
        <div>
          <label htmlFor="new-table" style={{ display: 'block', marginBottom: token('space.050') }}>
            {t('tables.newTable')}
          </label>
          <TextField id="new-table" value={newTable} onChange={(e) => setNewTable(e.currentTarget.value)} />
        </div>
        <Button type="submit">{t('tables.add')}</Button>
      </form>
    </section>
  );
}
