// src/storage: Forge KVS behind @forge/kvs. Playbooks with versions, runs with their ledger, the directory.
export * from './playbooks';
export * from './runs';
export * from './directory';
export * from './traces';
