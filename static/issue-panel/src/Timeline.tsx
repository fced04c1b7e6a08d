// The week timeline of a week-based playbook (S3): a table of weeks with their dates, state and what is dated in each
// (steps, milestones, touchpoints, customer messages). The state is written out; the colour only repeats it. Where an
// active run stands (the engine's week count, as on the glance) is said above the table and on the row it marks.
import Lozenge from '@atlaskit/lozenge';
import type { ThemeAppearance } from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { RunView, TimelineWeek } from '../../../src/shared/contracts';
import { formatDay } from './i18n';
import { useI18n } from './useI18n';
import { weekText, word } from './words';

const appearance: Record<string, ThemeAppearance> = {
  past: 'success',
  current: 'inprogress',
  overdue: 'removed',
  upcoming: 'default',
};

const cell = {
  padding: token('space.075'),
  borderBottom: `1px solid ${token('color.border')}`,
  textAlign: 'left',
} as const;

// The marked row: text and aria-current say it, the selected tokens and the edge only repeat it.
const thisWeekRow = {
  background: token('color.background.selected'),
  boxShadow: `inset 3px 0 0 ${token('color.border.selected')}`,
} as const;

export function Timeline({ timeline, week }: { timeline: TimelineWeek[]; week?: RunView['week'] }) {
  const { t, locale } = useI18n();
  // The engine's count rather than the row's state: a week holding an overdue item is still this week.
  const current = week?.state === 'inWeek' ? week.week : undefined;
  const where = week && weekText(week, t, locale);
  return (
    <section aria-labelledby="timeline-title" data-testid="timeline">
      <h2 id="timeline-title" style={{ font: token('font.heading.small') }}>
        {t('timeline.title')}
      </h2>
      {where ? (
        <p data-testid="timeline-where" style={{ margin: `${token('space.050')} 0`, color: token('color.text') }}>
          {where}
        </p>
      ) : null}
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <caption style={{ textAlign: 'left', color: token('color.text.subtle') }}>{t('timeline.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              {t('timeline.week')}
            </th>
            <th scope="col" style={cell}>
              {t('timeline.dates')}
            </th>
            <th scope="col" style={cell}>
              {t('col.state')}
            </th>
            <th scope="col" style={cell}>
              {t('timeline.steps')}
            </th>
          </tr>
        </thead>
        <tbody>
          {timeline.map((w) => (
            <tr
              key={w.week}
              data-testid={`week-${w.week}`}
              aria-current={w.week === current ? 'true' : undefined}
              style={w.week === current ? thisWeekRow : undefined}
            >
              <th scope="row" style={cell}>
                {t('timeline.weekN', { n: w.week })}
                {w.week === current ? (
                  <>
                    {' · '}
                    <strong data-testid="this-week" style={{ color: token('color.text.selected') }}>
                      {t('timeline.thisWeek')}
                    </strong>
                  </>
                ) : null}
              </th>
              <td style={cell} data-testid={`week-${w.week}-dates`}>
                {formatDay(w.from, locale)} – {formatDay(w.to, locale)}
              </td>
              <td style={cell}>
                <Lozenge appearance={appearance[w.state] ?? 'default'}>{word(t, 'week', w.state)}</Lozenge>
              </td>
              <td style={cell} data-testid={`week-${w.week}-items`}>
                {w.items.length === 0 ? (
                  '—'
                ) : (
                  <ul style={{ margin: 0, paddingLeft: token('space.200') }}>
                    {w.items.map((i) => (
                      <li key={`${i.stepId}-${i.occurrence ?? 0}`} data-testid={`item-${i.stepId}`}>
                        {formatDay(i.date, locale)}: {i.name}
                        {i.occurrence ? ` #${i.occurrence}` : ''} ({word(t, 'itemType', i.type)},{' '}
                        {word(t, 'itemStatus', i.status)}
                        {i.overdue ? `, ${t('status.overdue')}` : ''}
                        {i.deferred ? `, ${t('timeline.deferred')}` : ''})
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
