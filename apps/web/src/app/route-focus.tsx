import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router-dom';

/**
 * After moving to another page, puts focus on its heading (or main area, while it loads), so
 * screen reader users hear where they are, as they would after a full page load.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const main = document.getElementById('main-content');
    const target = main?.querySelector('h1') ?? main;
    if (!target) return;
    target.setAttribute('tabindex', '-1');
    target.focus();
  }, [pathname]);
  return <Outlet />;
}
