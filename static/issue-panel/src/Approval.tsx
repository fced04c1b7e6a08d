// An approval: who was asked when, each chase and the next, the escalation, the answer and its channel.
import type { StepView } from '../../../src/shared/contracts';
import { formatDate } from './i18n';
import { token } from '@atlaskit/tokens';
import { useI18n } from './useI18n';
import { stepName, word } from './words';

export function Approval({ step }: { step: StepView }) {
  const { t, locale } = useI18n();
  const a = step.approval;
  if (!a) return null;
  const at = (iso: string) => formatDate(iso, locale);
  return (
    <section aria-labelledby={`approval-${step.id}`} data-testid={`approval-${step.id}`}>
      <h2 id={`approval-${step.id}`} style={{ font: token('font.heading.small') }}>
        {t('approval.title', { step: stepName(step) })}
      </h2>
      <ul>
        <li>{t('approval.asked', { who: a.approver, at: at(a.askedAt) })}</li>
        {a.fallback ? <li>{t('approval.fallback', { who: a.fallback })}</li> : null}
        {a.chases.length === 0 ? <li>{t('approval.noChase')}</li> : null}
        {a.chases.map((c) => (
          <li key={c}>{t('approval.chase', { at: at(c) })}</li>
        ))}
        {a.nextChaseAt && !a.answer ? <li>{t('approval.nextChase', { at: at(a.nextChaseAt) })}</li> : null}
        {a.escalatedAt ? <li>{t('approval.escalated', { at: at(a.escalatedAt) })}</li> : null}
        <li data-testid="approval-answer">
          {a.answer
            ? t('approval.answer', {
                decision: word(t, 'answer', a.answer.decision),
                who: a.answer.by,
                at: at(a.answer.at),
                channel: word(t, 'channel', a.answer.channel),
              })
            : t('approval.waiting')}
          {a.answer?.note ? ` — “${a.answer.note}”` : null}
        </li>
      </ul>
    </section>
  );
}
