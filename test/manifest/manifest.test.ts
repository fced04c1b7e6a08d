import { validate } from '@forge/manifest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(__dirname, '..', '..');

describe('manifest.yml', () => {
  it('passes @forge/manifest validation offline with no errors or warnings', async () => {
    const result = await validate(false, join(root, 'manifest.yml'));
    const problems = (result.errors ?? []).map((e) => `${e.level}: ${e.message} (line ${e.line})`);
    expect(problems).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('points every resource at a built page with an index.html', () => {
    const manifest = parse(readFileSync(join(root, 'manifest.yml'), 'utf8')) as {
      resources: { key: string; path: string }[];
    };
    for (const resource of manifest.resources) {
      expect(existsSync(join(root, resource.path, 'index.html'))).toBe(true);
    }
  });

  it('has a translation file with the same keys for every declared locale', () => {
    const en = readFileSync(join(root, 'locales', 'en-US.json'), 'utf8');
    const no = readFileSync(join(root, 'locales', 'no-NO.json'), 'utf8');
    const keys = (json: string): string[] => {
      const walk = (o: unknown, prefix: string): string[] =>
        typeof o === 'object' && o !== null
          ? Object.entries(o).flatMap(([k, v]) => walk(v, prefix ? `${prefix}.${k}` : k))
          : [prefix];
      return walk(JSON.parse(json), '').sort();
    };
    expect(keys(no)).toEqual(keys(en));
  });
});
