// `global.__forge_runtime__`, read by @forge/api (getAppContext, metrics) and @forge/kvs (at module load, to
// pick its transport). Ours has no `kvs.url`, so @forge/kvs sends through __forge_fetch__ ({ type: 'kvs' }).
// appContext is a getter: moduleKey and invocationId follow the invocation in progress.
import { currentInvocation } from './forge-fetch';

interface RuntimeGlobals {
  __forge_runtime__?: unknown;
}

export interface AppIdentity {
  readonly appId: string; // the manifest's app.id ARI
  readonly cloudId: string;
}

const noopTimer = { measure: () => ({ stop: () => undefined }) };
const metrics = { counter: () => ({ incr: () => undefined }), timing: () => noopTimer };

export function installForgeRuntime(identity: AppIdentity): () => void {
  const g = globalThis as RuntimeGlobals;
  const previous = g.__forge_runtime__;
  const appUuid = identity.appId.slice(identity.appId.lastIndexOf('/') + 1);
  g.__forge_runtime__ = {
    get appContext() {
      const scope = currentInvocation();
      return {
        appId: appUuid,
        appVersion: '1.0.0',
        environmentId: 'local',
        environmentType: 'DEVELOPMENT',
        invocationId: scope?.invocationId ?? 'outside-invocation',
        installationId: `local-installation-${identity.cloudId}`,
        moduleKey: scope?.moduleKey,
        license: undefined,
        permissions: undefined,
      };
    },
    lambdaContext: { getRemainingTimeInMillis: () => 25_000 },
    metrics,
    proxy: { token: 'local' },
    tracing: { traceId: 'local', spanId: 'local' },
  };
  return () => {
    g.__forge_runtime__ = previous;
  };
}
