// The form's fields (name, description) read from and written into the YAML text, comments and layout kept.
import { isScalar, parseDocument } from 'yaml';

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

export function writeField(yaml: string, key: keyof CommonFields, value: string): string {
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0) return yaml;
  doc.set(key, value);
  return doc.toString({ lineWidth: 120 });
}
