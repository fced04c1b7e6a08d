/** Every place a field's label appears in a description, with the raw value written there. */
import { LabelIndex, type LabelHit } from './labels';
import { descriptionLines, isSignature } from './text';

export interface Candidate {
  raw: string;
  /** Written after a separator (or in a table cell) rather than just after the label words. */
  explicit: boolean;
  line: number;
}

const cells = (line: string): string[] => line.split(' | ').map((c) => c.trim());

/** A table whose first row holds only labels: values sit in the same column of the next row. */
function headerRow(
  index: LabelIndex,
  lines: readonly string[],
  i: number,
): [number[] | undefined, string][] | undefined {
  const line = lines[i] ?? '';
  if (!line.includes(' | ')) return undefined;
  const header = cells(line);
  const labelled = header.map((c) => index.isLabel(c));
  if (labelled.filter(Boolean).length < 2) return undefined;
  const next = lines.slice(i + 1).find((l) => l !== '');
  if (next === undefined || !next.includes(' | ')) return undefined;
  const values = cells(next);
  return labelled.map((fields, col) => [fields, values[col] ?? '']);
}

export function collect(
  description: unknown,
  labelsPerField: readonly (readonly string[])[],
  isBoolean: readonly boolean[],
): Candidate[][] {
  const index = new LabelIndex(labelsPerField);
  const lines = descriptionLines(description);
  const found: Candidate[][] = labelsPerField.map(() => []);
  const add = (fields: readonly number[], candidate: Candidate): void => {
    for (const f of fields) found[f]?.push(candidate);
  };
  const hits = lines.map((line) => index.match(line));
  const end = signatureStart(lines, hits);
  for (let i = 0; i < end; i += 1) {
    const table = headerRow(index, lines, i);
    if (table) {
      for (const [fields, raw] of table) if (fields) add(fields, { raw, explicit: true, line: i });
      continue;
    }
    for (const hit of hits[i] ?? []) {
      let raw = hit.rest;
      if (raw === '') raw = valueBelow(index, lines, i, end);
      if (raw === '' && hit.checked !== undefined)
        raw = hit.fields.some((f) => isBoolean[f]) ? (hit.checked ? 'yes' : 'no') : '';
      add(hit.fields, { raw, explicit: hit.explicit || raw !== hit.rest, line: i });
    }
  }
  return found;
}

/** A label alone on its line: the value is on the next non-empty line, unless that line is a label itself. */
function valueBelow(index: LabelIndex, lines: readonly string[], i: number, end: number): string {
  for (let j = i + 1; j < end && j <= i + 3; j += 1) {
    const line = lines[j] ?? '';
    if (line === '') continue;
    if (index.match(line).length > 0 || isSignature(line) || index.isLabel(cells(line)[0] ?? '')) return '';
    return line.replace(/^(?:[-*•·]\s+)/, '');
  }
  return '';
}

/** A closing ("Best regards", "--") with no label after it: everything from there on is the signature. */
function signatureStart(lines: readonly string[], hits: readonly LabelHit[][]): number {
  let lastLabel = -1;
  hits.forEach((h, i) => {
    if (h.length > 0) lastLabel = i;
  });
  const sig = lines.findIndex((l, i) => i > lastLabel && isSignature(l));
  const delimiter = lines.findIndex((l) => /^--\s*$/.test(l));
  return Math.min(...[sig, delimiter, lines.length].filter((n) => n >= 0));
}
