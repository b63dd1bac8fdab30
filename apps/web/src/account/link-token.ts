import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';

/** The token of an e-mailed link (?token=…), and a run-once effect for pages that act on arrival. */
export function useLinkToken(): string {
  const [params] = useSearchParams();
  return params.get('token') ?? '';
}

/** Runs `work` once per page visit, even under React's development double effects. */
export function useOnArrival(work: () => void): void {
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    work();
  });
}
