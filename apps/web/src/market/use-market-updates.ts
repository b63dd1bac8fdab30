import { skipToken, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { MarketUpdatedDocument } from '../generated/graphql';

/** How often to ask again when live updates cannot reach the page. */
export const POLL_INTERVAL_MS = 15_000;

/**
 * Calls `refresh` whenever the idea's market changes: after each trade over the live connection
 * (marketUpdated), or every 15 seconds if the live connection fails. The Market itself updates in
 * the cache from the subscription; `refresh` fetches what depends on it (history, positions).
 */
export function useMarketUpdates(ideaId: string, open: boolean, refresh: () => void): void {
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  }, [refresh]);
  const [live, setLive] = useState(true);
  useSubscription(
    MarketUpdatedDocument,
    // A settled market does not change again.
    open && live ? { variables: { ideaId }, onData: () => latest.current(), onError: () => setLive(false) } : skipToken,
  );
  useEffect(() => {
    if (!open || live) return undefined;
    const timer = window.setInterval(() => latest.current(), POLL_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [live, open]);
}
