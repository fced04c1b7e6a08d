/**
 * Dry run: what a playbook would do on a ticket as a fresh run, from decide() itself. The ticket is read (as the
 * app, as a real run would); nothing is executed and nothing is stored.
 */
import { decide, matchPlaybook, type Command, type EngineEvent } from '../../domain/engine';
import type { Playbook } from '../../domain/playbook';
import { isJiraError } from '../../jira';
import type { AdminOutput } from '../../shared/admin-contracts';
import { loadCurrentPlaybooks, loadPlaybookVersion, loadRunRecord } from '../../storage';
import { openInvocation } from '../context';
import { snapshotOf } from '../new-ticket';
import { notFound } from './errors';

const target = (c: Command): string | undefined => {
  const ref = 'issue' in c ? c.issue : c.type === 'link' ? c.inward : undefined;
  if (ref === undefined) return c.type === 'createIssue' ? `new ${c.project} ticket` : undefined;
  return 'key' in ref ? ref.key : `the ${ref.linkedInProject} ticket linked to ${ref.of}`;
};

function summarise(c: Command): string {
  const on = target(c);
  const where = on === undefined ? '' : ` on ${on}`;
  switch (c.type) {
    case 'comment':
      return `${c.visibility} comment${where}: ${c.body.map((s) => (s.type === 'text' ? s.text : `@${s.name}`)).join('')}`;
    case 'transition':
      return `move${where} to "${c.toStatus}"${c.resolution ? ` (${c.resolution})` : ''}`;
    case 'setFields': {
      const parts = [
        c.organization ? `organization ${c.organization.name}` : undefined,
        c.requestTypeName ? `request type ${c.requestTypeName}` : undefined,
        ...c.selects.map((s) => `${s.fieldName} = ${s.option}`),
        c.reporter ? 'reporter' : undefined,
      ].filter((p): p is string => p !== undefined);
      return `set fields${where}: ${parts.join(', ')}`;
    }
    case 'addWatcher':
      return `add watcher ${c.accountId}${where}`;
    case 'link':
      return `link (${c.linkType})${where}`;
    case 'createIssue': {
      const reporter = c.reporter && ('accountId' in c.reporter ? c.reporter.accountId : c.reporter.email);
      const forWhom = [reporter && `raised for ${reporter}`, c.organization && `in ${c.organization.name}`]
        .filter(Boolean)
        .join(', ');
      return `create a ${c.issueType} in ${c.project}: ${c.summary}${forWhom === '' ? '' : ` (${forWhom})`}`;
    }
    case 'setProperty':
      return `set property ${c.property}${where}`;
    case 'slack':
      return `Slack message to ${c.mention}: ${c.text}`;
    case 'setRunSummary':
      return `record the run's summary${where}`;
    default:
      return `${(c as { type: string }).type}${where}`;
  }
}

async function chosenPlaybook(id: string, version?: number): Promise<Playbook> {
  const playbook =
    version === undefined
      ? (await loadCurrentPlaybooks()).find((p) => p.id === id)
      : await loadPlaybookVersion(id, version);
  if (!playbook) throw notFound(`there is no playbook ${id}${version === undefined ? '' : ` version ${version}`}`);
  return playbook;
}

export async function dryRun(issueKey: string, playbookId?: string, version?: number): Promise<AdminOutput<'dryRun'>> {
  const inv = await openInvocation();
  const snapshot = await snapshotOf(inv, issueKey).catch((error: unknown) => {
    throw isJiraError(error, 'NOT_FOUND') ? notFound(`there is no ticket ${issueKey}`) : error;
  });
  const record = await loadRunRecord(snapshot.key);
  const existingRun = record
    ? { playbookId: record.run.playbookId, version: record.run.playbookVersion, state: record.run.state }
    : undefined;
  const candidates =
    playbookId === undefined
      ? (await loadCurrentPlaybooks()).filter((p) => p.enabled)
      : [{ ...(await chosenPlaybook(playbookId, version)), enabled: true }];
  const match = matchPlaybook(candidates, snapshot, inv.decide.directory);
  const base = { ...(existingRun ? { existingRun } : {}) };
  const chosen = match.kind === 'match' ? match.playbook : playbookId === undefined ? undefined : candidates[0];
  if (!chosen) return { ...base, matched: false, commands: [], trace: match.trace };
  const event: EngineEvent = { id: `dry-run:${snapshot.id}`, type: 'ticketCreated', issue: snapshot };
  const decision = decide(chosen, undefined, event, inv.now, inv.decide);
  return {
    ...base,
    playbookId: chosen.id,
    version: chosen.version,
    matched: match.kind === 'match',
    commands: decision.commands.map((c) => ({
      key: c.key,
      type: c.type,
      summary: summarise(c),
      ...(c.stepId === undefined ? {} : { stepId: c.stepId }),
      ...(target(c) === undefined ? {} : { target: target(c) }),
    })),
    trace: [...match.trace, ...decision.trace].map((t) => ({ code: t.code, message: t.message })),
  };
}
