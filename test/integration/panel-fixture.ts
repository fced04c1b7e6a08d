// A small playbook for the panel's tests: a task with a checklist, its review, a decision, a two-party sign-off, and
// a week-based timeline (a week-6 milestone and a step dated from it) that an agent may defer.
import { parsePlaybookYaml, type Playbook } from '../../src/domain/playbook';
import { savePlaybookVersion } from '../../src/storage';

export const FIXTURE_ID = 'aaa-panel-fixture';
export const FIXTURE_SUMMARY = 'Panel fixture onboarding';

const YAML = `
schemaVersion: 1
id: ${FIXTURE_ID}
name: Panel fixture
version: 1
enabled: true
description: Test playbook for the issue panel.
match:
  project: SS
  summary:
    contains: Panel fixture
roles:
  lead:
    person: everbright.approver
steps:
  - id: prepare
    name: Prepare the account
    kind: task
    checklist:
      - { id: docs, text: Documents received }
      - { id: account, text: Account created }
  - id: check-prepare
    name: Check the preparation
    kind: review
    of: prepare
    dependsOn: [prepare]
  - id: go
    name: Go ahead?
    kind: decision
    dependsOn: [check-prepare]
    question: Go ahead with {{ issue.key }}?
    variable: go
    options:
      - { value: 'yes', label: Go ahead }
      - { value: 'no', label: Stop here }
  - id: handover
    name: Handover signed off
    kind: signoff
    dependsOn: [go]
    parties:
      - id: customer
        name: Customer
        agentRecord: {}
        waivable: true
      - id: lead
        name: Team lead
        roles: [lead]
  - id: training
    name: Week 6 training
    kind: task
    shownAs: milestone
    due: { weeks: 6 }
  - id: follow-up
    name: Follow-up call
    kind: task
    shownAs: touchpoint
    dependsOn: [training]
    due: { weeks: 2, from: training }
  - id: catch-up
    name: Catch-up call
    kind: recurring
    recurrence:
      rule: FREQ=WEEKLY;BYDAY=MO
      from: { weeks: 1 }
      until: { weeks: 4 }
    actions:
      - do: comment
        text: Catch-up call with the customer today.
`;

export function fixturePlaybook(): Playbook {
  const r = parsePlaybookYaml(YAML);
  if (!r.ok) throw new Error(`the panel fixture is invalid: ${JSON.stringify(r.errors)}`);
  return r.playbook;
}

/** Stores the fixture as an enabled playbook in the stack's KVS (call after the stack's reset). */
export async function installFixture(): Promise<void> {
  await savePlaybookVersion(fixturePlaybook());
}
