// Dry run of a playbook that opens a ticket for the customer: the summary names who it is raised for and in which
// organization (createIssue's reporter and organization), and nothing is created.
import { AGENT, BOB, s1Body, useAdminStack } from './admin-harness';

const s = useAdminStack();

const YAML = `schemaVersion: 1
id: follow-up
name: Follow-up for the installer
version: 1
match: { project: SS, summary: { contains: Follow-up please } }
intake:
  - { name: installerName, label: Contractor Installer name, type: text }
steps:
  - id: open
    kind: action
    actions:
      - do: createIssue
        project: SS
        issueType: Task
        summary: 'Follow-up: {{ installerName }}'
        reporter: { of: this }
        organization: { name: '{{ installerName }}' }
`;

test('the dry run shows the new ticket raised for the reporter, in the organization; nothing is created', async () => {
  await s.ok('savePlaybook', { yaml: YAML, expectedVersion: null });
  await s.p.email(BOB, 'Follow-up please', s1Body('SunPower Installers'));
  const reporter = (
    (await s.p.rest('GET', '/rest/api/3/issue/SS-1', AGENT)).body as {
      fields: { reporter: { accountId: string } };
    }
  ).fields.reporter.accountId;
  const dry = await s.ok('dryRun', { issueKey: 'SS-1', playbookId: 'follow-up' });
  const created = dry.commands.find((c) => c.type === 'createIssue');
  expect(created?.summary).toBe(
    `create a Task in SS: Follow-up: SunPower Installers (raised for ${reporter}, in SunPower Installers)`,
  );
  const search = await s.p.rest('GET', '/rest/api/3/search/jql?jql=project%3DSS&fields=summary', AGENT);
  expect((search.body as { issues: unknown[] }).issues).toHaveLength(1);
});
