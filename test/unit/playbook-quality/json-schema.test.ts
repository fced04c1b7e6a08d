import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { playbookJsonSchema, SCHEMA_FILE, SCHEMA_ID } from '../../../scripts/json-schema';
import { edit, minimal, s1, s1Yaml } from './fixtures';

const committed = readFileSync(SCHEMA_FILE, 'utf8');

let validate: (doc: unknown) => boolean;
beforeAll(() => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  validate = ajv.compile(JSON.parse(committed) as object);
});

describe('schema/playbook.schema.json', () => {
  // Content, not layout: Prettier formats the file (and `npm run lint` checks it), but cannot run inside jest.
  test('is up to date with the zod schema (run `npm run schema` when this fails)', () => {
    expect(JSON.parse(committed)).toEqual(playbookJsonSchema());
  });

  test('names itself for editors', () => {
    expect(JSON.parse(committed)).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: SCHEMA_ID,
      title: expect.any(String) as unknown,
      description: expect.any(String) as unknown,
    });
  });

  test('S1 as written in YAML validates against it', () => {
    expect(validate(parse(s1Yaml))).toBe(true);
    expect(validate(minimal())).toBe(true);
  });

  test.each([
    ['an unknown step kind', (d: Record<string, unknown>) => edit(d, 'steps[0].kind', 'checklist')],
    ['an unknown action kind', (d: Record<string, unknown>) => edit(d, 'steps[0].actions[0].do', 'sendEmail')],
    ['a misspelt key', (d: Record<string, unknown>) => edit(d, 'steps[0].owner', 'support')],
    ['a missing name', (d: Record<string, unknown>) => edit(d, 'name', undefined)],
    ['a future schemaVersion', (d: Record<string, unknown>) => edit(d, 'schemaVersion', 2)],
  ])('editors flag %s too', (_name, mutate) => {
    const doc = JSON.parse(JSON.stringify(mutate(s1()))) as unknown;
    expect(validate(doc)).toBe(false);
  });
});
