// Someone saved a newer version while this edit was open: both texts side by side and what differs; the admin
// picks. Nothing is overwritten here: "keep mine" only makes their version the base, the next Save is explicit.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { useI18n } from '../useI18n';
import { DiffLines } from './DiffView';
import { lineDiff } from './line-diff';

interface Props {
  mine: string;
  theirs: { version: number; yaml: string };
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

const pane = { maxHeight: '20rem', overflow: 'auto', margin: 0, font: token('font.code') } as const;

export function Conflict({ mine, theirs, onKeepMine, onTakeTheirs }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="conflict-title" data-testid="conflict" role="alert">
      <SectionMessage appearance="warning">
        <h3 id="conflict-title" style={{ font: token('font.heading.xsmall'), marginTop: 0 }}>
          {t('conflict.title', { version: theirs.version })}
        </h3>
        <p>{t('conflict.body')}</p>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: token('space.100') }}>
          <figure style={{ margin: 0 }}>
            <figcaption>{t('conflict.theirs', { version: theirs.version })}</figcaption>
            <pre tabIndex={0} style={pane} data-testid="conflict-theirs">
              {theirs.yaml}
            </pre>
          </figure>
          <figure style={{ margin: 0 }}>
            <figcaption>{t('conflict.mine')}</figcaption>
            <pre tabIndex={0} style={pane} data-testid="conflict-mine">
              {mine}
            </pre>
          </figure>
        </div>
        <h4 style={{ font: token('font.heading.xxsmall') }}>{t('conflict.diff')}</h4>
        <DiffLines changes={lineDiff(theirs.yaml, mine)} label={t('conflict.diff')} />
        <div style={{ display: 'flex', gap: token('space.100'), marginTop: token('space.100') }}>
          <Button appearance="primary" onClick={onKeepMine}>
            {t('conflict.keepMine', { version: theirs.version })}
          </Button>
          <Button onClick={onTakeTheirs}>{t('conflict.takeTheirs')}</Button>
        </div>
      </SectionMessage>
    </section>
  );
}
