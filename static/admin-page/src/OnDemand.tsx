// Code the first view does not need ships in its own chunk, fetched when first shown (or earlier, by preload).
// While it loads, the same labelled spinner as the data's own loading state holds its place, so the view changes
// once, not twice; a chunk that cannot be fetched gets a retry instead of a blank page.
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import Spinner from '@atlaskit/spinner';
import { ErrorMessage } from './ErrorMessage';
import { useI18n } from './useI18n';

class ChunkFailed extends Error {}

interface BoundaryProps {
  children: ReactNode;
  onRetry: () => void;
}

/** Shows a failed fetch of code; any other error passes on as it did before the split. */
class LoadBoundary extends Component<BoundaryProps, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    if (!(error instanceof ChunkFailed)) throw error;
    const retry = () => {
      this.setState({ error: undefined });
      this.props.onRetry();
    };
    return <ErrorMessage code="network" message={error.message} onRetry={retry} />;
  }
}

export function Loading() {
  const { t } = useI18n();
  return <Spinner label={t('loading')} />;
}

export type OnDemandComponent<P> = ComponentType<P> & { preload: () => void };

/**
 * A component whose code loads on first render. `whileLoading: 'nothing'` for what opens over the page (dialogs):
 * a spinner in the page's flow would push the content about.
 */
export function onDemand<P extends object>(
  load: () => Promise<ComponentType<P>>,
  whileLoading: 'spinner' | 'nothing' = 'spinner',
): OnDemandComponent<P> {
  let pending: Promise<ComponentType<P>> | undefined;
  const fetchCode = () => (pending ??= load().catch((e: unknown) => Promise.reject(new ChunkFailed(String(e)))));
  // lazy() wraps P in ref helpers that TypeScript cannot reduce for a generic P; the props pass through as they are.
  const make = () => lazy(async () => ({ default: await fetchCode() })) as unknown as ComponentType<P>;
  let Loaded = make();
  function OnDemand(props: P) {
    const [, setTries] = useState(0);
    const retry = () => {
      pending = undefined;
      Loaded = make();
      setTries((n) => n + 1);
    };
    return (
      <LoadBoundary onRetry={retry}>
        <Suspense fallback={whileLoading === 'spinner' ? <Loading /> : null}>
          <Loaded {...props} />
        </Suspense>
      </LoadBoundary>
    );
  }
  // A failed preload is forgotten: the first render fetches again and shows its own failure.
  const preload = () =>
    void fetchCode().catch(() => {
      pending = undefined;
    });
  return Object.assign(OnDemand, { preload });
}
