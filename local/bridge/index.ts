export { createBridgeHost, invokeRoute, DEFAULT_ACTOR, type BridgeHostOptions } from './host';
export { issueModules, type ModuleInfo } from './modules';
