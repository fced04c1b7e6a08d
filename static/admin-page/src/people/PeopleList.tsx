// The directory's people: each key a playbook role names, the Jira user behind it and their Slack member id.
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { Directory, Person } from '../../../../src/domain/people';
import { useI18n } from '../useI18n';
import { UserPicker } from './UserPicker';

const SLACK_ID = /^[UW][A-Z0-9]{2,}$/;

export function PeopleList({ dir, onChange }: { dir: Directory; onChange: (d: Directory) => void }) {
  const { t } = useI18n();
  const [newKey, setNewKey] = useState('');
  const setPerson = (key: string, p: Person | undefined) => {
    const people = { ...dir.people };
    if (p) people[key] = p;
    else delete people[key];
    onChange({ ...dir, people });
  };
  const head = {
    cells: ['key', 'user', 'slack', 'remove'].map((k) => ({
      key: k,
      content: t(`people.col.${k}` as 'people.col.key'),
    })),
  };
  const rows = Object.entries(dir.people).map(([key, p]) => {
    const slackBad = !!p.slackMemberId && !SLACK_ID.test(p.slackMemberId);
    return {
      key,
      cells: [
        { key: 'key', content: <code>{key}</code> },
        {
          key: 'user',
          content: (
            <UserPicker
              inputId={`user-${key}`}
              label={t('people.userFor', { key })}
              value={
                p.accountId
                  ? { accountId: p.accountId, displayName: p.displayName, ...(p.email ? { email: p.email } : {}) }
                  : undefined
              }
              onChange={(u) =>
                setPerson(key, {
                  ...p,
                  accountId: u.accountId,
                  displayName: u.displayName,
                  ...(u.email ? { email: u.email } : {}),
                })
              }
            />
          ),
        },
        {
          key: 'slack',
          content: (
            <>
              <TextField
                aria-label={t('people.slackFor', { key })}
                value={p.slackMemberId ?? ''}
                isInvalid={slackBad}
                aria-describedby={slackBad ? `slack-bad-${key}` : undefined}
                onChange={(e) => {
                  const v = e.currentTarget.value.trim();
                  const { slackMemberId: _old, ...rest } = p;
                  setPerson(key, v ? { ...rest, slackMemberId: v } : rest);
                }}
              />
              {slackBad ? (
                <span id={`slack-bad-${key}`} style={{ color: token('color.text.danger') }}>
                  {t('people.slackInvalid')}
                </span>
              ) : null}
            </>
          ),
        },
        {
          key: 'remove',
          content: (
            <Button appearance="subtle" onClick={() => setPerson(key, undefined)}>
              {t('people.remove', { key })}
            </Button>
          ),
        },
      ],
    };
  });
  return (
    <section aria-labelledby="people-title">
      <h3 id="people-title" style={{ font: token('font.heading.small') }}>
        {t('people.title')}
      </h3>
      <p>{t('people.intro')}</p>
      <DynamicTable head={head} rows={rows} emptyView={<p>{t('people.empty')}</p>} />
      <form
        style={{ display: 'flex', gap: token('space.100'), alignItems: 'end' }}
        onSubmit={(e) => {
          e.preventDefault();
          const key = newKey.trim();
          if (!key || Object.hasOwn(dir.people, key)) return;
          onChange({ ...dir, people: { ...dir.people, [key]: { accountId: '', displayName: key } } });
          setNewKey('');
        }}
      >
        <div>
          <label htmlFor="new-person" style={{ display: 'block', marginBottom: token('space.050') }}>
            {t('people.newKey')}
          </label>
          <TextField id="new-person" value={newKey} onChange={(e) => setNewKey(e.currentTarget.value)} />
        </div>
        <Button type="submit">{t('people.add')}</Button>
      </form>
    </section>
  );
}
