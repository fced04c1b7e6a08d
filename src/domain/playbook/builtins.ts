/**
 * The built-in playbooks (SCENARIOS.md), as YAML text embedded in string modules generated from playbooks/*.yaml:
 * the domain cannot read files, and keeping the YAML as the source keeps comments and layout for admins who copy it.
 */
import { digipostYaml } from '../../../playbooks/digipost.generated';
import { everbrightYaml } from '../../../playbooks/everbright.generated';
import { optergyMultisiteYaml } from '../../../playbooks/optergy-multisite.generated';
import { optergyYaml } from '../../../playbooks/optergy.generated';
import type { Playbook } from './schema/playbook';
import type { PlaybookYamlError } from './yaml';
import { parsePlaybookYaml } from './yaml';

export const BUILTIN_PLAYBOOK_SOURCES: Readonly<Record<string, string>> = {
  'everbright-partner-onboarding': everbrightYaml,
  'digipost-sender-onboarding': digipostYaml,
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
