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

export type DiffRow = LineChange | { kind: 'skipped'; count: number };

/** Unchanged stretches longer than twice `context` lines fold into one "n unchanged lines" row. */
export function withContext(changes: LineChange[], context = 3): DiffRow[] {
  const near = changes.map((_, i) =>
    changes.slice(Math.max(0, i - context), i + context + 1).some((c) => c.kind !== 'same'),
  );
  const rows: DiffRow[] = [];
  changes.forEach((c, i) => {
    if (near[i]) return rows.push(c);
    const last = rows[rows.length - 1];
    if (last?.kind === 'skipped') last.count++;
    else rows.push({ kind: 'skipped', count: 1 });
  });
  return rows;
}
