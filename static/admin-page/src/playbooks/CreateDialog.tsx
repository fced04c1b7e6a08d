// A new playbook from a built-in template (saved disabled, so nothing starts before the admin enables it).
import { useEffect, useState } from 'react';
import Select from '@atlaskit/select';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { AdminOutput } from '../../../../src/shared/admin-contracts';
import { admin } from '../api';
import type { Failure } from '../call';
import { ConfirmDialog } from '../ConfirmDialog';
import { ErrorMessage } from '../ErrorMessage';
import { useI18n } from '../useI18n';

type Templates = AdminOutput<'listTemplates'>;
const label = { display: 'block', margin: `${token('space.100')} 0 ${token('space.050')}` } as const;

export function CreateDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useI18n();
  const [templates, setTemplates] = useState<Templates>([]);
  const [templateId, setTemplateId] = useState<string | undefined>();
  const [newId, setNewId] = useState('');
  const [name, setName] = useState('');
  const [failure, setFailure] = useState<Failure | undefined>();
  useEffect(() => {
    if (open) void admin('listTemplates', {}).then((a) => (a.ok ? setTemplates(a.data) : setFailure(a)));
  }, [open]);
  const create = async () => {
    if (!templateId) return;
    const a = await admin('createFromTemplate', {
      templateId,
      ...(newId.trim() ? { newId: newId.trim() } : {}),
      ...(name.trim() ? { name: name.trim() } : {}),
    });
    if (!a.ok) return setFailure(a);
    setFailure(undefined);
    onCreated(a.data.id);
  };
  const options = templates.map((x) => ({ label: x.name, value: x.templateId }));
  return (
    <ConfirmDialog
      open={open}
      title={t('create.title')}
      confirm={t('create.confirm')}
      busy={!templateId}
      testId="create-dialog"
      onCancel={onClose}
      onConfirm={() => void create()}
    >
      <label htmlFor="create-template" style={label}>
        {t('create.template')}
      </label>
      <Select
        inputId="create-template"
        options={options}
        value={options.find((o) => o.value === templateId) ?? null}
        onChange={(o) => setTemplateId(o?.value)}
      />
      <p>{templates.find((x) => x.templateId === templateId)?.description}</p>
      <label htmlFor="create-id" style={label}>
        {t('create.id')}
      </label>
      <TextField id="create-id" value={newId} onChange={(e) => setNewId(e.currentTarget.value)} />
      <label htmlFor="create-name" style={label}>
        {t('create.name')}
      </label>
      <TextField id="create-name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
      {failure ? <ErrorMessage code={failure.code} message={failure.message} /> : null}
    </ConfirmDialog>
  );
}
