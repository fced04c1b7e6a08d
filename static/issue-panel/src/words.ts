// Server codes (states, statuses, answer channels) in the page's words; codes this page does not know show as-is.
import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { RunView, StepView } from '../../../src/shared/contracts';
import { formatDay, knownKey, type Locale, type Translate } from './i18n';

export function word(t: Translate, prefix: string, code: string): string {
  const key = knownKey(`${prefix}.${code}`);
  return key ? t(key) : code;
}

export function statusAppearance(step: StepView): ThemeAppearance {
  if (step.overdue) return 'removed';
  if (step.skipped) return 'default';
  switch (step.status) {
    case 'done':
      return 'success';
    case 'active':
      return 'inprogress';
    case 'declined':
    case 'blocked':
      return 'removed';
    default:
      return 'default';
  }
}

export const stepName = (s: StepView): string => s.name ?? s.id;

/** Where today falls on a week-based run, as the server's engine counted it; a state this page does not know: nothing. */
export function weekText(week: NonNullable<RunView['week']>, t: Translate, locale: Locale): string | undefined {
  if (week.state === 'notStarted' && week.startsOn)
    return t('week.notStarted', { day: formatDay(week.startsOn, locale) });
  if (week.week === undefined) return undefined;
  if (week.state === 'inWeek') return t('week.inWeek', { week: week.week, last: week.lastWeek });
  if (week.state === 'ended') return t('week.ended', { week: week.week, last: week.lastWeek });
  return undefined;
}
