import { useEffect, useRef, useState } from 'react';

// Start a little before the part scrolls into view, so its figures are there when it arrives.
const AHEAD = '200px';
// Without requestIdleCallback (Safari), a moment after the first paint.
const AFTER_PAINT_MS = 300;

/**
 * Whether a part below the fold should ask for its data: once it comes within reach of the
 * viewport, or once the page has painted and the browser is idle, whichever comes first (so
 * keyboard and screen reader users find it without scrolling). Once true, it stays true. A page's
 * first request then carries only what is seen at once.
 */
export function useReached<T extends Element>() {
  const ref = useRef<T>(null);
  const [reached, setReached] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (reached || !element) return;
    const reach = () => setReached(true);
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && reach(), {
      rootMargin: AHEAD,
    });
    observer.observe(element);
    const idle = 'requestIdleCallback' in window ? requestIdleCallback(reach) : undefined;
    const timer = idle === undefined ? setTimeout(reach, AFTER_PAINT_MS) : undefined;
    return () => {
      observer.disconnect();
      if (idle !== undefined) cancelIdleCallback(idle);
      clearTimeout(timer);
    };
  }, [reached]);
  return { ref, reached };
}
