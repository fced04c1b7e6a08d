/** The soak's scripts: one per built-in playbook that has a driver. A built-in without one is named, not run. */
import { BUILTIN_PLAYBOOK_SOURCES } from '../../../src/domain/playbook/builtins';
import { s1Everbright } from './s1-everbright';
import { s2Offboard } from './s2-offboard';
import { s3Multisite } from './s3-multisite';
import { s4Digipost } from './s4-digipost';
import type { Script } from './types';

export const SCRIPTS: readonly Script[] = [s1Everbright, s4Digipost, s3Multisite, s2Offboard];

export function scriptsForBuiltins(): { scripts: Script[]; withoutDriver: string[] } {
  const ids = Object.keys(BUILTIN_PLAYBOOK_SOURCES);
  return {
    scripts: SCRIPTS.filter((s) => ids.includes(s.playbookId)),
    withoutDriver: ids.filter((id) => !SCRIPTS.some((s) => s.playbookId === id)),
  };
}

export type { Script } from './types';
