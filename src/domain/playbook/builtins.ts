/**
 * The built-in playbooks (SCENARIOS.md), as YAML text embedded in string modules generated from playbooks/*.yaml:
 * the domain cannot read files, and keeping the YAML as the source keeps comments and layout for admins who copy it.
 */
import { digipostYaml } from '../../../playbooks/digipost.generated';
import { everbrightYaml } from '../../../playbooks/everbright.generated';
import { sepV1Yaml } from '../../../playbooks/sep-v1.generated';
import { sepYaml } from '../../../playbooks/sep.generated';
import { optergyMultisiteYaml } from '../../../playbooks/optergy-multisite.generated';
import { optergyYaml } from '../../../playbooks/optergy.generated';
import type { Playbook } from './schema/playbook';
import type { PlaybookYamlError } from './yaml';
import { parsePlaybookYaml } from './yaml';

export const BUILTIN_PLAYBOOK_SOURCES: Readonly<Record<string, string>> = {
  'everbright-partner-onboarding': everbrightYaml,
  'digipost-sender-onboarding': digipostYaml,
  'sep-partner-lifecycle': sepYaml,
  'optergy-si-onboarding': optergyYaml,
  'optergy-multisite-licence': optergyMultisiteYaml,
};

export type BuiltinResult =
  { id: string; ok: true; playbook: Playbook } | { id: string; ok: false; errors: PlaybookYamlError[] };

/** Every built-in parsed and validated (tests keep them all valid; a broken one is reported, not thrown). */
export function loadBuiltinPlaybooks(): BuiltinResult[] {
  return Object.entries(BUILTIN_PLAYBOOK_SOURCES).map(([id, text]) => {
    const r = parsePlaybookYaml(text);
    return r.ok ? { id, ok: true, playbook: r.playbook } : { id, ok: false, errors: r.errors };
  });
}

/**
 * Older versions of built-ins, oldest first: runs started on them finish on them (S2's draft 000 is version 1 of
 * sep-partner-lifecycle; 001 is the current version 2 in BUILTIN_PLAYBOOK_SOURCES).
 */
export const BUILTIN_PLAYBOOK_HISTORY: Readonly<Record<string, readonly string[]>> = {
  'sep-partner-lifecycle': [sepV1Yaml],
};

/**
 * The text a built-in's version `version` was shipped as (an older one from the history, or the current one), with
 * its comments and layout, and the playbook it parses to; undefined when this release ships no such version.
 */
export function builtinVersionSource(id: string, version: number): { text: string; playbook: Playbook } | undefined {
  const current = Object.hasOwn(BUILTIN_PLAYBOOK_SOURCES, id) ? BUILTIN_PLAYBOOK_SOURCES[id] : undefined;
  const texts = [...(Object.hasOwn(BUILTIN_PLAYBOOK_HISTORY, id) ? (BUILTIN_PLAYBOOK_HISTORY[id] ?? []) : [])];
  if (current !== undefined) texts.push(current);
  for (const text of texts) {
    const r = parsePlaybookYaml(text);
    if (r.ok && r.playbook.version === version) return { text, playbook: r.playbook };
  }
  return undefined;
}

/** Every older version of the built-ins, parsed and validated like loadBuiltinPlaybooks. */
export function loadBuiltinHistory(): BuiltinResult[] {
  return Object.entries(BUILTIN_PLAYBOOK_HISTORY).flatMap(([id, texts]) =>
    texts.map((text): BuiltinResult => {
      const r = parsePlaybookYaml(text);
      return r.ok ? { id, ok: true, playbook: r.playbook } : { id, ok: false, errors: r.errors };
    }),
  );
}
