/**
 * Roles name people by what they do; who they are comes from the admin's people directory at run time, so a
 * playbook never holds an account id.
 */
import { z } from 'zod';
import { nameSchema, roleNameSchema } from './common';

const directoryKey = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, {
  message: "use the person's key in the people directory: lowercase letters, digits, '.', '_' or '-'",
});

export const roleSpecSchema = z.union([
  z.strictObject({
    /** One person: a key of the directory's people. */
    person: directoryKey,
    fallback: roleNameSchema.optional(),
    description: z.string().optional(),
  }),
  z.strictObject({
    /** A directory table looked up by an intake variable, e.g. organization -> account manager (with a default). */
    lookup: z.strictObject({ table: directoryKey, by: nameSchema }),
    fallback: roleNameSchema.optional(),
    description: z.string().optional(),
  }),
]);
export type RoleSpec = z.infer<typeof roleSpecSchema>;

export const rolesSchema = z.record(roleNameSchema, roleSpecSchema);
