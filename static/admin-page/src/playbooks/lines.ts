// Line arithmetic for the YAML editor: where a line starts in the text, and moving the caret to it.
export const LINE_HEIGHT = 20;

export function lineRange(text: string, line: number): [number, number] {
  const lines = text.split('\n');
  const index = Math.min(Math.max(line, 1), lines.length) - 1;
  let start = 0;
  for (let i = 0; i < index; i++) start += (lines[i] ?? '').length + 1;
  return [start, start + (lines[index] ?? '').length];
}

/** Focuses the editor with the line selected and scrolled into view. */
export function goToLine(textarea: HTMLTextAreaElement | null, line: number): void {
  if (!textarea) return;
  const [start, end] = lineRange(textarea.value, line);
  textarea.focus();
  textarea.setSelectionRange(start, end);
  textarea.scrollTop = Math.max(0, (line - 3) * LINE_HEIGHT);
}
