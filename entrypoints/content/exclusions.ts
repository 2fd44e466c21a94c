/**
 * What the highlighter never touches. Wrapping text inside form fields, editors or code changes
 * what the page or the reader types and copies; navigation, page chrome, asides and comments
 * are not the article; our tooltip is not the page.
 */

export const MARK_TAG = 'elens-mark';
export const TOOLTIP_TAG = 'elens-tooltip';

const SKIPPED_TAGS = new Set([
  // editable or interactive
  'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON',
  // not prose
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'KBD', 'SAMP',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
  // page chrome
  'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'MENU', 'DIALOG',
  // ours (highlights themselves are read as inline text: see segments.ts)
  'ELENS-TOOLTIP',
]);

/** SVG and MathML elements keep their lower-case tag names in HTML documents. */
const FOREIGN_ROOTS = new Set(['svg', 'math', 'SVG', 'MATH']);

const SKIPPED_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'form',
  'menu', 'menubar', 'toolbar', 'tablist', 'dialog', 'alertdialog',
]);

/** Ids and class tokens that comment sections use (WordPress, Disqus and most CMS themes). */
const COMMENTS = /^(?:comments?|comment-(?:list|section|area|thread|s)|commentlist|disqus_thread|respond)$/i;

/** Cheap test before the exact one: every name above contains one of these. */
const MAYBE_COMMENTS = /omment|isqus|espond/i;

function isCommentsSection(el: Element): boolean {
  if (el.id && MAYBE_COMMENTS.test(el.id) && COMMENTS.test(el.id)) return true;
  const cls = el.getAttribute('class');
  if (!cls || !MAYBE_COMMENTS.test(cls)) return false;
  for (const token of cls.split(/\s+/)) if (token && COMMENTS.test(token)) return true;
  return false;
}

/** True when nothing inside `el` may be highlighted. */
export function isExcludedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName) || FOREIGN_ROOTS.has(el.tagName)) return true;
  // Most elements of an article carry no attributes at all: skip the lookups for them.
  if (!el.hasAttributes()) return false;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (el.hasAttribute('hidden')) return true;
  const role = el.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role.trim().toLowerCase())) return true;
  return isCommentsSection(el);
}

/** True when `node` sits inside an excluded element (walking up to `stop`, not included). */
export function isInsideExcluded(node: Node, stop: Node | null = null): boolean {
  for (let el = node.parentElement; el && el !== stop; el = el.parentElement) {
    if (isExcludedElement(el)) return true;
  }
  return false;
}
