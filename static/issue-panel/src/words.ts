// Server codes (states, statuses, answer channels) in the page's words; codes this page does not know show as-is.
import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { StepView } from '../../../src/shared/contracts';
import { knownKey, type Translate } from './i18n';

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
