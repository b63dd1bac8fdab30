import { useContext, useEffect } from 'react';
import { InstanceContext } from '../instance/instance-context';

/**
 * Sets "<Page> – <Instance name> – Idea Exchange" ("Idea Exchange" alone for the start page),
 * prefixed with "Error: " while the page's form shows errors.
 */
export function usePageTitle(page: string | null, options: { error?: boolean } = {}): void {
  const instance = useContext(InstanceContext);
  const title = [page, instance?.name, 'Idea Exchange'].filter(Boolean).join(' – ');
  const full = options.error ? `Error: ${title}` : title;
  useEffect(() => {
    document.title = full;
  }, [full]);
}
