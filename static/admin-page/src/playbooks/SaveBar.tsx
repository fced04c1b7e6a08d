// Save with a note; while the YAML is invalid (or unchanged, or still being checked) the button is disabled and
// the line next to it says what to do.
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { MessageKey } from '../i18n';
import { useI18n } from '../useI18n';

interface Props {
  blocked: { key: MessageKey; params?: Record<string, string | number> } | undefined;
  saving: boolean;
  onSave: (note: string) => void;
}

export function SaveBar({ blocked, saving, onSave }: Props) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: token('space.100') }}>
      <div style={{ flex: '1 1 16rem' }}>
        <label htmlFor="save-note" style={{ display: 'block', marginBottom: token('space.050') }}>
          {t('save.note')}
        </label>
        <TextField id="save-note" value={note} maxLength={500} onChange={(e) => setNote(e.currentTarget.value)} />
      </div>
      <Button
        appearance="primary"
        isDisabled={!!blocked || saving}
        aria-describedby="save-blocked"
        testId="save-playbook"
        onClick={() => {
          onSave(note.trim());
          setNote('');
        }}
      >
        {saving ? t('save.saving') : t('save.button')}
      </Button>
      <p id="save-blocked" data-testid="save-blocked" style={{ flexBasis: '100%', margin: 0 }}>
        {blocked ? t(blocked.key, blocked.params) : t('save.ready')}
      </p>
    </div>
  );
}
