import type { Theme } from '../utils/settings';

/**
 * Applies the reader's theme to an extension page: the `elens-dark` class on <html> (which the
 * page's CSS and the shared badge styles key on) and `color-scheme` for form controls and
 * scrollbars. 'auto' follows prefers-color-scheme, live. Returns a function that stops following.
 */
export function applyPageTheme(theme: Theme, doc: Document = document): () => void {
  const root = doc.documentElement;
  const media = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  const apply = () => {
    const dark = theme === 'dark' || (theme === 'auto' && !!media?.matches);
    root.classList.toggle('elens-dark', dark);
    root.style.colorScheme = dark ? 'dark' : 'light';
  };
  apply();
  if (theme !== 'auto' || !media) return () => {};
  media.addEventListener('change', apply);
  return () => media.removeEventListener('change', apply);
}
