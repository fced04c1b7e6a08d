// A Jira user picker: options from the searchUsers resolver as the admin types.
import { AsyncSelect } from '@atlaskit/select';
import type { AdminUser } from '../../../../src/shared/admin-contracts';
import { admin } from '../api';
import { useI18n } from '../useI18n';

type Option = { label: string; value: string; user: AdminUser };

const optionOf = (u: AdminUser): Option => ({
  label: u.email ? `${u.displayName} (${u.email})` : u.displayName,
  value: u.accountId,
  user: u,
});

interface Props {
  inputId: string;
  label: string;
  value: AdminUser | undefined;
  onChange: (user: AdminUser) => void;
}

export function UserPicker({ inputId, label, value, onChange }: Props) {
  const { t } = useI18n();
  const load = async (query: string): Promise<Option[]> => {
    if (query.trim() === '') return [];
    const a = await admin('searchUsers', { query: query.trim() });
    return a.ok ? a.data.map(optionOf) : [];
  };
  return (
    <AsyncSelect<Option>
      inputId={inputId}
      aria-label={label}
      cacheOptions
      defaultOptions={false}
      loadOptions={load}
      value={value ? optionOf(value) : null}
      onChange={(o) => {
        if (o) onChange(o.user);
      }}
      placeholder={t('people.search')}
      noOptionsMessage={({ inputValue }) => (inputValue ? t('people.noUsers') : t('people.typeToSearch'))}
    />
  );
}
