// Forge handlers named in manifest.yml. Only re-exports: the pipelines live in src/forge and src/app.
export {
  handleIssueEvent,
  handleDueRuns,
  handleRunWork,
  panelResolver,
  adminResolver,
  handleAutomationAction,
  handleLifecycle,
} from './forge';
