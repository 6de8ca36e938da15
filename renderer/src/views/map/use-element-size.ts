import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The size of an element, followed as the window resizes. The chart is drawn at this fixed
 * size: recharts' own responsive container draws nothing where layout is not measured.
 */
export function useElementSize<T extends HTMLElement>(): [React.RefObject<T | null>, { width: number; height: number }] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const rect = element.getBoundingClientRect();
      setSize((previous) =>
        Math.round(rect.width) === previous.width && Math.round(rect.height) === previous.height
          ? previous
          : { width: Math.round(rect.width), height: Math.round(rect.height) },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}
