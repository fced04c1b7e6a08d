// The Forge entry points manifest.yml names (through src/index.ts).
export { handleIssueEvent } from './issue-event';
export { handleDueRuns, handleRunWork } from './scheduled';
export { panelResolver } from './resolvers';
export { adminResolver } from './admin-resolvers';
export { handleAutomationAction } from './automation';
export { handleLifecycle } from './lifecycle';
