import { useEffect, useState } from 'preact/hooks';
import type { Theme } from '../utils/settings';

export type ResolvedTheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemTheme(): ResolvedTheme {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export function resolveTheme(pref: Theme, system: ResolvedTheme): ResolvedTheme {
  return pref === 'auto' ? system : pref;
}

/**
 * Applies the reader's theme to the page (`<html data-theme>` and the `elens-dark` class that
 * the shared category badges use) and follows the system setting while the choice is "auto".
 */
export function useTheme(pref: Theme): ResolvedTheme {
  const [system, setSystem] = useState<ResolvedTheme>(systemTheme);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const mq = matchMedia(DARK_QUERY);
    const onChange = () => setSystem(mq.matches ? 'dark' : 'light');
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  const theme = resolveTheme(pref, system);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.classList.toggle('elens-dark', theme === 'dark');
  }, [theme]);
  return theme;
}
