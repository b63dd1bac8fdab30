import { createContext, useContext } from 'react';
import type { InstanceFactsFragment } from '../generated/graphql';

export type Instance = InstanceFactsFragment;

/** The instance whose pages are showing; null outside an instance (the start page). */
export const InstanceContext = createContext<Instance | null>(null);

export function useInstance(): Instance {
  const instance = useContext(InstanceContext);
  if (!instance) throw new Error('useInstance() is only for pages inside an instance');
  return instance;
}
