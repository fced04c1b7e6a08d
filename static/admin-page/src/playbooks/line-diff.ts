// Line changes between two texts (the diff package), in the shape diffVersions answers.
import { diffLines } from 'diff';

export type LineChange = { kind: 'added' | 'removed' | 'same'; text: string };

export function lineDiff(from: string, to: string): LineChange[] {
  return diffLines(from, to).flatMap((part) => {
    const kind: LineChange['kind'] = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const lines = part.value.endsWith('\n') ? part.value.slice(0, -1).split('\n') : part.value.split('\n');
    return lines.map((text): LineChange => ({ kind, text }));
  });
}
