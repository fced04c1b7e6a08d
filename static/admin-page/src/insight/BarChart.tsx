// A horizontal bar chart in SVG: labelled as one image (title + a summary), with the same numbers as a table
// right under it for anyone who prefers (or needs) to read them.
import { token } from '@atlaskit/tokens';
import { useI18n } from '../useI18n';

export interface Bar {
  label: string;
  value: number;
  /** The value as people read it (a count, "3 days"). */
  shown: string;
}

const WIDTH = 640;
const ROW = 28;
const LABEL = 240;

export function BarChart({ id, title, column, bars }: { id: string; title: string; column: string; bars: Bar[] }) {
  const { t } = useI18n();
  if (bars.length === 0) return <p>{t('insight.noData')}</p>;
  const max = Math.max(...bars.map((b) => b.value), 1);
  const span = WIDTH - LABEL - 90;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 8}`}
        style={{ width: '100%', maxWidth: WIDTH, display: 'block' }}
        data-testid={`chart-${id}`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{bars.map((b) => `${b.label}: ${b.shown}`).join('; ')}</desc>
        {bars.map((b, i) => {
          const y = i * ROW + 4;
          const w = Math.max(2, (b.value / max) * span);
          return (
            <g key={`${b.label}-${i}`}>
              <text x={LABEL - 8} y={y + 17} textAnchor="end" style={{ fill: token('color.text'), fontSize: 13 }}>
                {b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label}
              </text>
              <rect
                x={LABEL}
                y={y + 3}
                width={w}
                height={ROW - 10}
                rx={3}
                style={{ fill: token('color.background.brand.bold') }}
              />
              <text x={LABEL + w + 6} y={y + 17} style={{ fill: token('color.text'), fontSize: 13 }}>
                {b.shown}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t('insight.asTable')}</summary>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insight.item')}</th>
              <th scope="col">{column}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b, i) => (
              <tr key={`${b.label}-${i}`}>
                <td>{b.label}</td>
                <td>{b.shown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
