/**
 * Random documents never crash the validator. validatePlaybook catches its own exceptions and reports them as
 * code 'internal', so "never crashes" here means: no throw AND no 'internal' error.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { PlaybookError } from '../../../src/domain/playbook';
import { parsePlaybookYaml, upgradePlaybookDocument, validatePlaybook } from '../../../src/domain/playbook';
import { DELETE, edit, s1, s1Yaml } from './fixtures';

const RUNS = { numRuns: 100 };
/** Whole-S1 documents cost far more per run than small random values. */
const S1_RUNS = { numRuns: 50 };

const wildValues = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

const LEFTOVERS = /\[object Object\]|\bundefined\b|\bNaN\b/;

/** `echoed`: the input itself holds such a word (a random name "[undefined]"), which a message may quote. */
function expectWellFormed(result: { ok: boolean; errors?: PlaybookError[] }, echoed = false): void {
  if (result.ok) return;
  expect(result.errors?.length).toBeGreaterThan(0);
  for (const e of result.errors ?? []) {
    expect(e).toEqual({
      path: expect.any(String) as unknown,
      code: expect.any(String) as unknown,
      message: expect.any(String) as unknown,
      ...('line' in e ? { line: expect.any(Number) as unknown } : {}),
    });
    expect(e.code).not.toBe('internal');
    // A message the admin can act on never shows the validator's own leftovers.
    if (!echoed) expect(e.message).not.toMatch(LEFTOVERS);
  }
}

/** Every path into S1's data, in the validator's notation ('steps[4].chase.max'). */
function pathsOf(node: unknown, prefix = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => [`${prefix}[${i}]`, ...pathsOf(v, `${prefix}[${i}]`)]);
  if (node !== null && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => {
      const p = prefix === '' ? k : `${prefix}.${k}`;
      return [p, ...pathsOf(v, p)];
    });
  }
  return [];
}
const S1_PATHS = pathsOf(s1());

const mutation = fc.tuple(
  fc.constantFrom(...S1_PATHS),
  fc.oneof(fc.constant<unknown>(DELETE), wildValues, fc.string(), fc.integer(), fc.constant(null)),
);

const YAML_TOKENS = [
  'schemaVersion: 1\n',
  'steps:\n',
  '  - ',
  'id: ',
  'kind: approval\n',
  'dependsOn: [',
  ']',
  '{',
  '}',
  ': ',
  '- ',
  '\n',
  '  ',
  '\t',
  '&a ',
  '*a',
  '!!str ',
  '!!binary ',
  '<<: *a\n',
  '"',
  "'",
  '#',
  '---\n',
  '...\n',
  '|\n',
  '>-\n',
  '{{ installerName }}',
  '{% if %}',
  '? ',
  '%YAML 1.2\n',
];
const yamlish = fc
  .array(fc.oneof(fc.constantFrom(...YAML_TOKENS), fc.string({ maxLength: 8 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** S1's text with random lines removed, duplicated or re-indented. */
const s1Lines = s1Yaml.split('\n');
const mangledS1 = fc
  .array(fc.tuple(fc.nat(s1Lines.length - 1), fc.constantFrom('drop', 'dup', 'indent', 'dedent', 'garble')), {
    minLength: 1,
    maxLength: 5,
  })
  .map((ops) => {
    const lines = [...s1Lines];
    for (const [i, op] of ops) {
      const line = lines[i] ?? '';
      if (op === 'drop') lines.splice(i, 1);
      else if (op === 'dup') lines.splice(i, 0, line);
      else if (op === 'indent') lines[i] = `  ${line}`;
      else if (op === 'dedent') lines[i] = line.replace(/^ {1,2}/, '');
      else lines[i] = line.replace(/[:\-[\]{}]/, '');
    }
    return lines.join('\n');
  });

describe('random documents never crash the validator', () => {
  test('validatePlaybook on anything', () => {
    fc.assert(
      fc.property(wildValues, (v) => expectWellFormed(validatePlaybook(v))),
      RUNS,
    );
  });

  test('validatePlaybook on anything with a current schemaVersion (reaches the schema and cross-checks)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), wildValues), (d) =>
        expectWellFormed(validatePlaybook({ ...d, schemaVersion: 1 })),
      ),
      RUNS,
    );
  });

  test('upgradePlaybookDocument on anything', () => {
    fc.assert(
      fc.property(wildValues, (v) => {
        const r = upgradePlaybookDocument(v);
        expect(typeof r.ok).toBe('boolean');
      }),
      RUNS,
    );
  });

  test('parsePlaybookYaml on YAML-ish text', () => {
    fc.assert(
      fc.property(yamlish, (text) => expectWellFormed(parsePlaybookYaml(text))),
      RUNS,
    );
  });

  test('parsePlaybookYaml on S1 with lines dropped, duplicated, re-indented or garbled', () => {
    fc.assert(
      fc.property(mangledS1, (text) => expectWellFormed(parsePlaybookYaml(text))),
      S1_RUNS,
    );
  });

  test('S1 with random nodes deleted or replaced', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        const doc = s1();
        for (const [path, value] of edits) {
          try {
            edit(doc, path, value);
          } catch {
            // An earlier edit removed this node's parent: nothing to edit.
          }
        }
        const echoed = edits.some(([, v]) => LEFTOVERS.test(fc.stringify(v)));
        expectWellFormed(validatePlaybook(doc), echoed);
        const fromText = parsePlaybookYaml(stringify(doc));
        expectWellFormed(fromText, echoed);
        // Every error in a readable YAML document points at a line, so the editor can show it.
        for (const e of fromText.ok ? [] : fromText.errors) {
          if (e.code !== 'yaml_syntax' && e.path !== '(document)') expect(e).toHaveProperty('line');
        }
      }),
      S1_RUNS,
    );
  });
});

describe('valid playbooks round-trip through YAML', () => {
  test('S1: validated, written as YAML, read back: the same playbook', () => {
    const first = parsePlaybookYaml(s1Yaml);
    if (!first.ok) throw new Error('S1 is invalid');
    expect(parsePlaybookYaml(stringify(first.playbook))).toEqual(first);
    expect(validatePlaybook(first.playbook)).toEqual(first);
  });

  const text = fc.string({ maxLength: 40 }).filter((s) => !/[{}%]/.test(s));
  const valid = fc.record({
    name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
    description: fc.string({ maxLength: 60 }),
    project: fc.stringMatching(/^[A-Z]{2,6}$/),
    contains: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
    stepId: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
    comment: text.filter((s) => s.trim() !== ''),
    status: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
    after: fc.constantFrom('PT1M', 'PT24H', 'P2D', 'P1W', 'P1DT12H'),
  });

  test('generated playbooks with arbitrary texts', () => {
    fc.assert(
      fc.property(valid, (v) => {
        const first = validatePlaybook({
          schemaVersion: 1,
          id: v.stepId,
          name: v.name,
          description: v.description,
          version: 1,
          match: { project: v.project, summary: { contains: v.contains } },
          steps: [
            { id: v.stepId, kind: 'action', actions: [{ do: 'comment', text: v.comment }] },
            { id: `${v.stepId}-wait`, kind: 'wait', dependsOn: [v.stepId], for: { kind: 'status', is: [v.status] } },
            { id: `${v.stepId}-time`, kind: 'wait', for: { kind: 'time', after: v.after } },
          ],
        });
        if (!first.ok) throw new Error(JSON.stringify(first.errors));
        expect(parsePlaybookYaml(stringify(first.playbook))).toEqual(first);
      }),
      RUNS,
    );
  });
});
