import { analyzeDocument } from '../../analysis';
import type { Analyze } from './load';
import { toArticleView } from './normalise';

/**
 * The shared analysis (the same code as `npm run analyze`), narrowed to the popup's view.
 * `analyzeDocument` returns null when the page holds no article.
 */
export const analyzeArticle: Analyze = (doc, snapshot) => {
  const result = analyzeDocument(doc, { url: snapshot.url });
  return result ? toArticleView(result) : null;
};
