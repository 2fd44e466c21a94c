import { revealInPage, type RevealRequest, type RevealResult } from '../utils/page-access';

/** Where the finder waits in the extension's isolated world of a tab, once injected. */
export interface RevealGlobal {
  __elensRevealInPage?: (req: RevealRequest) => RevealResult;
}

/**
 * The page-side finder behind "Show in page", injected into the tab (`scripting.executeScript`
 * with `files`) only when a reader asks for a sentence: it is not part of the popup's own code, so
 * the popup parses none of it to open. It installs the finder in the extension's isolated world,
 * where the popup's next `executeScript` call finds it and passes the request.
 */
export default defineUnlistedScript(() => {
  (globalThis as RevealGlobal).__elensRevealInPage = revealInPage;
});
