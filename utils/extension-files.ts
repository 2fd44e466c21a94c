/**
 * Paths of files in the built extension that several parts name: the build writes them, the
 * background registers them. (A module of its own so that the background does not import
 * content-script code for a file name.)
 */

/** The highlight sheet, generated at build time from entrypoints/content/styles.ts. */
export const HIGHLIGHT_CSS_FILE = 'content-scripts/highlight.css';
