import type { IntakeField } from '../../../src/domain/intake';

/** The S1 EverBright form as the playbook reads it. */
export const everBright: IntakeField[] = [
  { name: 'installerName', label: ['Contractor Installer name', 'Installer name'], type: 'text', required: true },
  { name: 'installerEmail', label: 'Contractor Installer contact email', type: 'email', required: true },
];

/** S3 Optergy "New SI" request. */
export const optergy: IntakeField[] = [
  { name: 'company', label: ['SI company', 'Company'], type: 'text', required: true },
  { name: 'contact', label: ['Contact email', 'Email'], type: 'email', required: true },
  { name: 'size', label: 'Size', type: 'select', required: true, options: ['Small', 'Large'] },
  { name: 'start', label: 'Start date', type: 'date', required: true },
  { name: 'multiSite', label: 'Multi-site', type: 'boolean', required: false },
];

/** S4 Digipost, Norwegian labels with English aliases. */
export const digipost: IntakeField[] = [
  { name: 'business', label: ['Virksomhet', 'Business'], type: 'text', required: true },
  { name: 'orgNumber', label: ['Organisasjonsnummer', 'Org.nr'], type: 'text', required: true },
  { name: 'contact', label: ['Kontaktperson e-post', 'Contact email'], type: 'email', required: true },
  { name: 'launch', label: ['Ønsket oppstartsdato', 'Launch date'], type: 'date', required: false },
  { name: 'signed', label: ['Avtale signert', 'Agreement signed'], type: 'boolean', required: true },
];

type Node = Record<string, unknown>;
export const text = (t: string, marks?: Node[]): Node =>
  marks ? { type: 'text', text: t, marks } : { type: 'text', text: t };
export const p = (...content: Node[]): Node => ({ type: 'paragraph', content });
export const br: Node = { type: 'hardBreak' };
export const doc = (...content: Node[]): Node => ({ type: 'doc', version: 1, content });
export const cell = (t: string, type = 'tableCell'): Node => ({ type, attrs: {}, content: [p(text(t))] });
export const row = (...cells: Node[]): Node => ({ type: 'tableRow', content: cells });
export const table = (...rows: Node[]): Node => ({ type: 'table', attrs: { layout: 'default' }, content: rows });
export const bullets = (...items: Node[][]): Node => ({
  type: 'bulletList',
  content: items.map((c) => ({ type: 'listItem', content: [p(...c)] })),
});
