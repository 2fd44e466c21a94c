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

/**
 * Class attributes repeat across a page ("kw", "section", "inner"…): the verdict on each value
 * is kept, up to a bound that a page with a class per element cannot blow.
 */
const classVerdicts = new Map<string, boolean>();
const MAX_CLASS_VERDICTS = 512;

function isCommentsClass(cls: string): boolean {
  let verdict = classVerdicts.get(cls);
  if (verdict === undefined) {
    verdict = false;
    if (MAYBE_COMMENTS.test(cls)) {
      for (const token of cls.split(/\s+/)) if (token && COMMENTS.test(token)) verdict = true;
    }
    if (classVerdicts.size < MAX_CLASS_VERDICTS) classVerdicts.set(cls, verdict);
  }
  return verdict;
}

function isCommentsSection(el: Element): boolean {
  if (el.id && MAYBE_COMMENTS.test(el.id) && COMMENTS.test(el.id)) return true;
  const cls = el.getAttribute('class');
  return cls ? isCommentsClass(cls) : false;
}

/** True when an element with this tag name is excluded whatever its attributes. */
export function isSkippedTag(tagName: string): boolean {
  return SKIPPED_TAGS.has(tagName) || FOREIGN_ROOTS.has(tagName);
}

/** True when nothing inside `el` may be highlighted. */
export function isExcludedElement(el: Element): boolean {
  if (isSkippedTag(el.tagName)) return true;
  return isExcludedByAttributes(el);
}

/**
 * The part of `isExcludedElement` that reads attributes, for callers that have already tested
 * the tag name (`isSkippedTag`).
 */
export function isExcludedByAttributes(el: Element): boolean {
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
