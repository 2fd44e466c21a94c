import type { TermEntry } from '../glossary/schema';
import { CategoryBadge } from './CategoryBadge';

export interface TermTooltipProps {
  entry: TermEntry;
  dark: boolean;
  onMore: () => void;
  onTurnOffSite: () => void;
}

/** Ids are unique because one document holds at most one tooltip shadow root. */
export const TOOLTIP_TITLE_ID = 'elens-tooltip-term';
export const TOOLTIP_DEFINITION_ID = 'elens-tooltip-definition';

/**
 * The definition card shown next to a highlighted term. A non-modal dialog rather than
 * role="tooltip": it holds buttons, and a tooltip must not contain interactive content.
 * Stateless on purpose, so the content script does not carry preact/hooks.
 */
export function TermTooltip({ entry, dark, onMore, onTurnOffSite }: TermTooltipProps) {
  return (
    <div
      class={dark ? 'card elens-dark' : 'card'}
      role="dialog"
      aria-modal="false"
      aria-labelledby={TOOLTIP_TITLE_ID}
      aria-describedby={TOOLTIP_DEFINITION_ID}
      data-term={entry.id}
    >
      <div class="head">
        <span class="term" id={TOOLTIP_TITLE_ID}>
          {entry.term}
        </span>
        <CategoryBadge category={entry.category} />
      </div>
      <p class="definition" id={TOOLTIP_DEFINITION_ID}>
        {entry.short}
      </p>
      <div class="actions">
        <button type="button" class="more" onClick={onMore}>
          Full explanation
        </button>
        <button type="button" class="off" onClick={onTurnOffSite}>
          Turn off on this site
        </button>
      </div>
    </div>
  );
}
