/**
 * An extension page with nothing in it, in the test build only (wxt.config.ts): what opening
 * any extension page costs on this machine before a line of ours runs. The bench opens it as it
 * opens the popup and reports the popup's time beside it, since that floor moves with the
 * machine (90–120 ms on a 2-core sandbox, against 150 ms for the popup's whole budget).
 */
export const BLANK_PAGE = '/bench-blank.html';

export function blankPageFiles(): Array<{ relativeDest: string; contents: string }> {
  return [
    {
      relativeDest: BLANK_PAGE.slice(1),
      contents:
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head>' +
        '<body><script type="module" src="./bench-blank.js"></script></body></html>\n',
    },
    {
      relativeDest: 'bench-blank.js',
      // The popup's own mark, made at the same point: its first script running.
      contents: 'document.documentElement.dataset.elensReadyMs = String(Math.round(performance.now()));\n',
    },
  ];
}
