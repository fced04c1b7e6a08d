import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compileJql, propertyAliasesFromManifest } from '../../../local/site/jql';
import { issue, schema } from './fixtures';

describe('property aliases from the manifest', () => {
  const manifest = parse(readFileSync(join(__dirname, '../../../manifest.yml'), 'utf8')) as {
    modules: Record<string, unknown>;
  };
  const aliases = propertyAliasesFromManifest(manifest.modules['jira:entityProperty']);

  it("reads the app's four onboarding-run aliases", () => {
    expect(aliases).toEqual({
      onboardingPlaybook: { propertyKey: 'onboarding-run', path: 'playbook', type: 'string' },
      onboardingNextDue: { propertyKey: 'onboarding-run', path: 'nextDueAt', type: 'date' },
      onboardingAttention: { propertyKey: 'onboarding-run', path: 'attention', type: 'string' },
      onboardingState: { propertyKey: 'onboarding-run', path: 'state', type: 'string' },
    });
  });

  it("answers the app's own queries (src/app/due-runs.ts, src/app/new-ticket.ts)", () => {
    const s = schema({ propertyAliases: aliases });
    const run = (state: string, nextDueAt?: string) => ({
      'onboarding-run': { playbook: 'new-starter', state, attention: 'no', ...(nextDueAt ? { nextDueAt } : {}) },
    });
    const issues = [
      issue({ key: 'SS-3', properties: run('active', '2026-11-25T11:00:00.000Z') }),
      issue({ key: 'SS-1', properties: run('active', '2026-11-24T08:00:00.000Z') }),
      issue({ key: 'SS-2', properties: run('active', '2026-11-26T08:00:00.000Z') }),
      issue({ key: 'SS-4', properties: run('completed') }),
      issue({ key: 'SS-5' }),
    ];
    const due = compileJql('onboardingNextDue <= now() AND onboardingState = "active" ORDER BY key ASC', s);
    const active = compileJql('onboardingState = "active"', s);
    if (!due.ok || !active.ok) throw new Error('refused');
    expect(
      issues
        .filter(due.query.matches)
        .sort(due.query.compare)
        .map((i) => i.key),
    ).toEqual(['SS-1', 'SS-3']);
    expect(
      issues
        .filter(active.query.matches)
        .map((i) => i.key)
        .sort(),
    ).toEqual(['SS-1', 'SS-2', 'SS-3']);
  });

  it('ignores other entity types and refuses a malformed module list', () => {
    expect(
      propertyAliasesFromManifest([
        { entityType: 'project', propertyKey: 'p', values: [{ path: 'a', type: 'string', searchAlias: 'x' }] },
      ]),
    ).toEqual({});
    expect(propertyAliasesFromManifest(undefined)).toEqual({});
    expect(() => propertyAliasesFromManifest([{ values: 3 }])).toThrow();
  });
});

describe('schema robustness', () => {
  it('an unknown time zone falls back to UTC instead of matching no date', () => {
    const s = schema({ timeZone: 'Nowhere/Land' });
    const r = compileJql('created >= "2026-11-20"', s);
    expect(r.ok && r.query.matches(issue({ created: '2026-11-20T00:30:00Z' }))).toBe(true);
  });
});
