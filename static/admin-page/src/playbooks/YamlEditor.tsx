// The YAML text with line numbers on the left and each problem's message beside its line on the right; the
// gutter and the messages scroll with the text. The full list (Problems) repeats them for screen readers.
import { useState, type RefObject } from 'react';
import { token } from '@atlaskit/tokens';
import type { PlaybookProblem } from '../../../../src/shared/admin-contracts';
import { LINE_HEIGHT } from './lines';
import { useI18n } from '../useI18n';

interface Props {
  value: string;
  onChange: (yaml: string) => void;
  problems: PlaybookProblem[];
  textareaRef: RefObject<HTMLTextAreaElement>;
  describedBy: string;
}

const ROWS = 28;
const mono = token('font.code', '12px/20px monospace');
const text = { font: mono, lineHeight: `${LINE_HEIGHT}px`, fontSize: '13px' } as const;

export function YamlEditor({ value, onChange, problems, textareaRef, describedBy }: Props) {
  const { t } = useI18n();
  const [scroll, setScroll] = useState(0);
  const lineCount = value.split('\n').length;
  const byLine = new Map<number, string[]>();
  for (const p of problems) if (p.line) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p.message]);
  const frame = { height: ROWS * LINE_HEIGHT, overflow: 'hidden', position: 'relative' } as const;
  const moved = { transform: `translateY(${-scroll}px)`, paddingTop: token('space.100') } as const;
  return (
    <div>
      <label htmlFor="yaml-editor" style={{ display: 'block', fontWeight: 600, marginBottom: token('space.050') }}>
        {t('editor.yaml')}
      </label>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: '3.5rem minmax(0, 1fr) minmax(0, 22rem)',
          border: `1px solid ${token('color.border.input')}`,
          borderRadius: token('radius.small'),
          background: token('color.background.input'),
        }}
      >
        <div aria-hidden="true" style={{ ...frame, borderRight: `1px solid ${token('color.border')}` }}>
          <div style={moved}>
            {Array.from({ length: lineCount }, (_, i) => (
              <div
                key={i}
                data-testid={byLine.has(i + 1) ? `gutter-problem-${i + 1}` : undefined}
                style={{
                  ...text,
                  textAlign: 'right',
                  paddingRight: token('space.100'),
                  color: byLine.has(i + 1) ? token('color.text.danger') : token('color.text.subtlest'),
                  fontWeight: byLine.has(i + 1) ? 700 : 400,
                }}
              >
                {byLine.has(i + 1) ? '● ' : ''}
                {i + 1}
              </div>
            ))}
          </div>
        </div>
        <textarea
          id="yaml-editor"
          ref={textareaRef}
          value={value}
          spellCheck={false}
          wrap="off"
          aria-invalid={problems.length > 0}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.currentTarget.value)}
          onScroll={(e) => setScroll(e.currentTarget.scrollTop)}
          style={{
            ...text,
            height: ROWS * LINE_HEIGHT,
            padding: `${token('space.100')} ${token('space.100')}`,
            border: 0,
            resize: 'none',
            background: 'transparent',
            color: token('color.text'),
            whiteSpace: 'pre',
            tabSize: 2,
          }}
        />
        <div aria-hidden="true" style={{ ...frame, borderLeft: `1px solid ${token('color.border')}` }}>
          <div style={moved}>
            {[...byLine].map(([line, messages]) => (
              <div
                key={line}
                data-testid={`line-message-${line}`}
                title={messages.join('\n')}
                style={{
                  ...text,
                  position: 'absolute',
                  top: `calc(${(line - 1) * LINE_HEIGHT}px + ${token('space.100')})`,
                  left: 0,
                  right: 0,
                  paddingLeft: token('space.100'),
                  whiteSpace: 'nowrap',
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                  color: token('color.text.danger'),
                  background: token('color.background.danger'),
                }}
              >
                {messages.join(' · ')}
              </div>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
