// Code the first view does not need ships in its own chunk, fetched when first shown (or earlier, by preload).
// While it loads, the page's own loading state holds its place, so the view changes once, not twice; a chunk that
// cannot be fetched gets a retry instead of a blank page. Both pages use this file; each supplies its own wording
// (spinner label, error message) through OnDemandUi, since their i18n and error components differ.
import {
  Component,
  createContext,
  lazy,
  Suspense,
  useContext,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';

export interface OnDemandUi {
  /** What holds the place while code loads: the page's labelled spinner. */
  loading: ReactNode;
  /** A fetch of code that failed, with a way to try again. */
  failed: (message: string, retry: () => void) => ReactNode;
}

/** Provided once by each page's App; without it a chunk loads behind an empty place and a failure shows plain text. */
export const OnDemandUi = createContext<OnDemandUi>({
  loading: null,
  failed: (message) => <p role="alert">{message}</p>,
});

class ChunkFailed extends Error {}

interface BoundaryProps {
  children: ReactNode;
  onRetry: () => void;
}

/** Shows a failed fetch of code; any other error passes on as it did before the split. */
class LoadBoundary extends Component<BoundaryProps, { error?: Error }> {
  static override contextType = OnDemandUi;
  declare context: OnDemandUi;
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
    return this.context.failed(error.message, retry);
  }
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
    const ui = useContext(OnDemandUi);
    const [, setTries] = useState(0);
    const retry = () => {
      pending = undefined;
      Loaded = make();
      setTries((n) => n + 1);
    };
    return (
      <LoadBoundary onRetry={retry}>
        <Suspense fallback={whileLoading === 'spinner' ? ui.loading : null}>
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
