// Stands in for @atlaskit/feature-gate-js-client/feature-gates in the pages' build (scripts/pages.vite.mts).
// Atlaskit components ask it for platform gates through @atlaskit/platform-feature-flags. In a Forge Custom UI
// frame nobody initialises it, and an uninitialised client answers false to every gate: this answers the same
// without shipping the Statsig client it wraps (about 50 KB gzipped per page).
const FeatureGates = {
  checkGate: (_gate: string): boolean => false,
  getExperimentValue: <T>(_experiment: string, _parameter: string, defaultValue: T): T => defaultValue,
  initializeCalled: (): boolean => false,
};

export default FeatureGates;
