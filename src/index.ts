// Forge handlers named in manifest.yml. Only re-exports: the pipelines live in src/forge and src/app.
import { notYetWired } from './forge/stubs';

export const handleIssueEvent = notYetWired('issue-event');
export const handleDueRuns = notYetWired('due-runs');
export const handleRunWork = notYetWired('run-work');
export const panelResolver = notYetWired('panel-resolver');
export const adminResolver = notYetWired('admin-resolver');
export const handleAutomationAction = notYetWired('automation-action');
