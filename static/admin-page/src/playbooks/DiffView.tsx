// Line changes, coloured and marked with + / − (the marks are read out too, colour is not the only cue).
import { token } from '@atlaskit/tokens';
import { useI18n } from '../useI18n';
import { visuallyHidden } from '../visually-hidden';
import { withContext, type LineChange } from './line-diff';

const look = {
  added: { mark: '+', background: token('color.background.success'), color: token('color.text.success') },
  removed: { mark: '−', background: token('color.background.danger'), color: token('color.text.danger') },
  same: { mark: ' ', background: 'transparent', color: token('color.text') },
} as const;

export function DiffLines({ changes, label }: { changes: LineChange[]; label: string }) {
  const { t } = useI18n();
  const changed = changes.filter((c) => c.kind !== 'same').length;
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      data-testid="diff"
      style={{
        maxHeight: '24rem',
        overflow: 'auto',
        border: `1px solid ${token('color.border')}`,
        borderRadius: token('radius.small'),
      }}
    >
      {changed === 0 ? <p style={{ margin: token('space.100') }}>{t('diff.none')}</p> : null}
      {withContext(changes).map((c, i) =>
        c.kind === 'skipped' ? (
          <div
            key={i}
            style={{
              font: token('font.code'),
              color: token('color.text.subtlest'),
              padding: `0 ${token('space.100')}`,
            }}
          >
            {t('diff.skipped', { count: c.count })}
          </div>
        ) : (
          <div
            key={i}
            data-kind={c.kind}
            style={{
              font: token('font.code'),
              whiteSpace: 'pre',
              background: look[c.kind].background,
              color: look[c.kind].color,
              padding: `0 ${token('space.100')}`,
            }}
          >
            <span aria-hidden="true">{look[c.kind].mark} </span>
            {c.kind === 'same' ? null : <span style={visuallyHidden}>{t(`diff.${c.kind}`)} </span>}
            {c.text}
          </div>
        ),
      )}
    </div>
  );
}
