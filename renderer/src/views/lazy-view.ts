import { lazy, type ComponentType } from 'react';

export type LazyView<P extends object> = ComponentType<P> & {
  /** Starts loading the view's code; resolves once it is loaded. Once is enough. */
  preload(): Promise<void>;
};

/**
 * A view whose code is a file of its own, loaded apart from the app's first screen: the
 * window's start loads and compiles less (npm run bench, Start; README, Performance).
 * Preloaded, it renders at once like any view; asked for before its code has arrived, it
 * suspends (its Suspense boundary shows nothing) until it has.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  // React reads a lazy component's code once, from what this returns. Loaded already, it is a
  // thenable that answers at once, so React renders the view in the same pass, not suspending.
  const view = lazy(() => {
    const ready = loaded;
    if (ready) return { then: (resolve: (module: { default: ComponentType<P> }) => void) => resolve({ default: ready }) } as unknown as Promise<{ default: ComponentType<P> }>;
    return start().then((component) => ({ default: component }));
  });
  return Object.assign(view, { preload: () => start().then(() => undefined) }) as unknown as LazyView<P>;
}
