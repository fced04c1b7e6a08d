// The playbook's problems as a list: each names its line and place, and jumps the editor there.
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { PlaybookProblem } from '../../../../src/shared/admin-contracts';
import { useI18n } from '../useI18n';

interface Props {
  id: string;
  problems: PlaybookProblem[];
  /** Jumps the editor to the line; without it the line is named as text. */
  onGoTo?: (line: number) => void;
}

export function Problems({ id, problems, onGoTo }: Props) {
  const { t } = useI18n();
  if (problems.length === 0) return <div id={id} />;
  return (
    <section id={id} aria-labelledby={`${id}-title`} data-testid="problems">
      <h3 id={`${id}-title`} style={{ font: token('font.heading.xsmall'), color: token('color.text.danger') }}>
        {t('problems.title', { count: problems.length })}
      </h3>
      <ul style={{ paddingLeft: token('space.200') }}>
        {problems.map((p, i) => (
          <li key={`${p.path}-${p.code}-${i}`} data-testid="problem">
            {p.line && onGoTo ? (
              <Button appearance="subtle" spacing="compact" onClick={() => onGoTo(p.line ?? 1)}>
                {t('problems.line', { line: p.line })}
              </Button>
            ) : null}
            {p.line && !onGoTo ? t('problems.line', { line: p.line }) : null} {p.message}
            {p.path ? <span style={{ color: token('color.text.subtle') }}> ({p.path})</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
