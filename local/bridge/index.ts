export { createBridgeHost, invokeRoute, DEFAULT_ACTOR, type BridgeHostOptions } from './host';
export { issueModules, type ModuleInfo } from './modules';
export { adminModule, adminViewHtml, DEFAULT_ADMIN, type AdminViewOptions } from './admin-view';
