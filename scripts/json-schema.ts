/**
 * Writes schema/playbook.schema.json from the zod schema (the one source of the format) for editors:
 * `npm run schema`. A unit test fails while the committed file differs from what this generates.
 * The JSON Schema describes the shape only; references between parts (dependsOn, roles, template variables),
 * durations and regex safety are checked by validatePlaybook, not by editors.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, playbookSchema } from '../src/domain/playbook';

export const SCHEMA_FILE = join(__dirname, '../schema/playbook.schema.json');
export const SCHEMA_ID = `urn:onboarding-playbooks:schema:playbook:${CURRENT_SCHEMA_VERSION}`;

/** What an editor shows when hovering the top-level keys (zod's doc comments do not reach the JSON Schema). */
const TOP_LEVEL: Record<string, string> = {
  schemaVersion: `The version of this format; this app reads up to ${CURRENT_SCHEMA_VERSION}.`,
  id: 'Stable id of the playbook: lowercase letters, digits and dashes.',
  name: 'Name shown to agents and admins.',
  description: 'What the playbook does, for the people who edit it.',
  version: "The admin's edit counter, from 1; a run stays on the version it started with.",
  enabled: 'Only enabled playbooks start runs.',
  match: 'Which new tickets start a run: project, request type, issue type, summary pattern, exclusions.',
  intake: 'Named variables read by label from the ticket description.',
  roles: 'Roles by what people do; the people directory on the admin page says who holds them.',
  steps: 'The steps of the process, each with a stable id, an owner lane, dependencies and a due time.',
  on: 'Actions an agent triggers from the panel at any point of a run.',
};

export function playbookJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(playbookSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const properties = rest.properties as Record<string, Record<string, unknown>>;
  for (const [key, description] of Object.entries(TOP_LEVEL)) {
    if (properties[key]) properties[key] = { description, ...properties[key] };
  }
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'Onboarding playbook',
    description:
      'A playbook for Onboarding Playbooks for Jira (YAML or JSON). Generated from the zod schema by ' +
      '`npm run schema`; the reference is docs/PLAYBOOKS.md. Cross-references are checked by the app, not here.',
    ...rest,
  };
}

/** The file's text as the repository's Prettier settings format it (Prettier loaded here only: jest cannot load it). */
async function playbookJsonSchemaText(): Promise<string> {
  const { format, resolveConfig } = await import('prettier');
  const options = (await resolveConfig(SCHEMA_FILE)) ?? {};
  return format(JSON.stringify(playbookJsonSchema()), { ...options, parser: 'json' });
}

if (process.argv[1]?.endsWith('json-schema.ts')) {
  void playbookJsonSchemaText().then((text) => {
    writeFileSync(SCHEMA_FILE, text);
    console.log(`wrote ${SCHEMA_FILE}`);
  });
}
