// The local Forge runtime's public surface. See docs/FORGE_EVENTS.md and local/runtime/forge-fetch.ts.
export { createManualClock, type ManualClock } from './clock';
export {
  createForgeFetch,
  currentInvocation,
  installForgeFetch,
  LOCAL_SITE_URL,
  runInInvocation,
  uninstallForgeFetch,
  type ForgeFetchTarget,
  type ForgeRoutes,
  type InvocationScope,
  type ServiceHandler,
} from './forge-fetch';
export { kvsHandler } from './kvs-http';
export { KvsStore } from './kvs-store';
export { MAX_RETRIES } from './queue';
export {
  createLocalRuntime,
  type LocalRuntime,
  type LocalRuntimeOptions,
  type ResolverRequest,
  type RuntimeLogEntry,
} from './runtime';
