import { useEffect, useRef, useState } from 'react';

// Start a little before the part scrolls into view, so its figures are there when it arrives.
const AHEAD = '200px';

/**
 * Whether the element has come within reach of the viewport: once true, it stays true. A part
 * below the fold asks for its data only then, so a page's first request carries only what is seen.
 */
export function useReached<T extends Element>() {
  const ref = useRef<T>(null);
  const [reached, setReached] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (reached || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setReached(true);
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [reached]);
  return { ref, reached };
}
