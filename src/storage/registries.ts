/**
 * The app's registries (S2): each partner's services with their shared flag, and interest lists. One KVS record,
 * read once per invocation into the engine's context (like the directory); changed by the admin page and by
 * `updateRegistry` commands of runs.
 */
import type { RegistryChange } from '../domain/engine/commands';
import type { Registries } from '../domain/engine/registries';
import { applyRegistryChange, registriesSchema } from '../domain/engine/registries';
import { getValue, setValue } from './kv';

const REGISTRIES = 'registries';

export async function loadRegistries(): Promise<Registries> {
  return registriesSchema.parse((await getValue<unknown>(REGISTRIES)) ?? {});
}

export async function saveRegistries(registries: Registries): Promise<void> {
  await setValue(REGISTRIES, registriesSchema.parse(registries));
}

/** Applies one change read-modify-write; applying the same change twice leaves the same registry. */
export async function changeRegistries(change: RegistryChange): Promise<Registries> {
  const next = applyRegistryChange(await loadRegistries(), change);
  await saveRegistries(next);
  return next;
}

/** The shape the admin page's registry resolvers take (src/app/admin/registry.ts useRegistryStore). */
export const registryStore = { load: loadRegistries, save: saveRegistries };
