// The form's fields (name, description) read from and written into the YAML text, comments and layout kept.
import { isNode, isScalar, parseDocument } from 'yaml';

export interface CommonFields {
  name: string;
  description: string;
}

/** The fields, or undefined while the YAML does not parse into a mapping. */
export function readFields(yaml: string): CommonFields | undefined {
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0 || !doc.contents || !('items' in doc.contents)) return undefined;
  const text = (key: string): string => {
    const node = doc.get(key, true);
    if (!isScalar(node)) return '';
    const v = node.value;
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
  };
  return { name: text('name'), description: text('description') };
}

/**
 * The text with that key's value replaced in place (JSON-quoted, which YAML reads as a double-quoted string), so
 * every other line stays as the admin wrote it; a missing key is added at the end.
 */
export function writeField(yaml: string, key: keyof CommonFields, value: string): string {
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0) return yaml;
  const node = doc.get(key, true);
  const written = JSON.stringify(value);
  if (isNode(node) && node.range) {
    const [start, end] = node.range;
    // A block scalar's range takes in the line breaks after it: they stay.
    const breaks = /\n*$/.exec(yaml.slice(start, end))?.[0] ?? '';
    return `${yaml.slice(0, start)}${written}${breaks}${yaml.slice(end)}`;
  }
  return `${yaml.replace(/\n*$/, '\n')}${key}: ${written}\n`;
}
