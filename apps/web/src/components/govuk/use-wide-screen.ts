import { useEffect, useState } from 'react';

// GOV.UK Frontend's tablet breakpoint: below it, navigation and filters fold away.
const WIDE = '(min-width: 40.0625em)';

/** Whether the window is at least tablet width, following it as it changes. */
export function useWideScreen(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE);
    const changed = () => setWide(query.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  return wide;
}
