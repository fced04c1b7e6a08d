// Entry points not yet wired to use cases. Each one logs and returns, so a deployed app never
// fails on an event it cannot handle yet; later issues replace them with real pipelines.
export const notYetWired =
  (name: string) =>
  (payload: unknown): Promise<{ handled: false; handler: string }> => {
    console.info(`[onboarding] ${name}: received an event this build does not handle yet`, typeof payload);
    return Promise.resolve({ handled: false, handler: name });
  };
