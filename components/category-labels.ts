import type { Category } from '../glossary/schema';

// Plain data, no JSX: the content script's tooltip uses these without carrying Preact.

/** Reader-facing names of the glossary's categories, in the order pages list them. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  technology: 'Technology',
  law: 'Law & policy',
  actor: 'Actor',
  concept: 'Concept',
};

export const CATEGORY_ORDER: readonly Category[] = ['technology', 'law', 'actor', 'concept'];

/**
 * Badge colours for light and dark surfaces (every pair is above 7:1). Kept as a string so the
 * tooltip can put it into its shadow root and extension pages into their own stylesheet: a
 * container with the class `elens-dark` switches to the dark pairs. Sizes in px on purpose:
 * rem would follow the host page's root font size.
 */
export const CATEGORY_BADGE_CSS = `
.elens-badge{display:inline-block;font-size:11px;font-weight:700;letter-spacing:.04em;
text-transform:uppercase;line-height:16px;padding:1px 7px;border-radius:999px;white-space:nowrap}
.elens-badge[data-category=technology]{background:#dde9ff;color:#173a84}
.elens-badge[data-category=law]{background:#fde8cc;color:#6d3600}
.elens-badge[data-category=actor]{background:#dcf2e1;color:#18512a}
.elens-badge[data-category=concept]{background:#ece1fa;color:#52247f}
.elens-dark .elens-badge[data-category=technology]{background:#1f365c;color:#c6d9ff}
.elens-dark .elens-badge[data-category=law]{background:#4d3212;color:#ffdcae}
.elens-dark .elens-badge[data-category=actor]{background:#1c4027;color:#c0ebcb}
.elens-dark .elens-badge[data-category=concept]{background:#3c2759;color:#e5d3fb}
`;
