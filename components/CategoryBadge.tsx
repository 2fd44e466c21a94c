import type { Category } from '../glossary/schema';
import { CATEGORY_LABELS } from './category-labels';

export { CATEGORY_BADGE_CSS, CATEGORY_LABELS, CATEGORY_ORDER } from './category-labels';

export function CategoryBadge({ category }: { category: Category }) {
  return (
    <span class="elens-badge" data-category={category}>
      {CATEGORY_LABELS[category]}
    </span>
  );
}
