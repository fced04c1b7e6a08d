// The search aliases a Forge manifest's jira:entityProperty modules declare, as JqlSchema.propertyAliases.
import { z } from 'zod';
import type { JqlPropertyAlias } from './types';

const EntityPropertyModules = z.array(
  z.object({
    entityType: z.string().default('issue'),
    propertyKey: z.string(),
    values: z.array(
      z.object({
        path: z.string(),
        type: z.string().transform((t) => t.toLowerCase()),
        searchAlias: z.string().optional(),
      }),
    ),
  }),
);

/**
 * Aliases of issue properties from `modules['jira:entityProperty']` (already parsed YAML). Also returns the
 * indexed paths without an alias, so `issue.property[key].path` finds them too. Throws on a malformed module list.
 */
export function propertyAliasesFromManifest(entityPropertyModules: unknown): Record<string, JqlPropertyAlias> {
  const aliases: Record<string, JqlPropertyAlias> = {};
  for (const module of EntityPropertyModules.parse(entityPropertyModules ?? [])) {
    if (module.entityType !== 'issue') continue;
    for (const value of module.values) {
      if (value.type !== 'string' && value.type !== 'number' && value.type !== 'date' && value.type !== 'text')
        continue;
      const name = value.searchAlias ?? `issue.property[${module.propertyKey}].${value.path}`;
      aliases[name] = { propertyKey: module.propertyKey, path: value.path, type: value.type };
    }
  }
  return aliases;
}
