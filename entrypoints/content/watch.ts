/**
 * Notices content the page adds after load (infinite scroll, single-page navigation, late
 * rendering) and hands it over in debounced batches. Our own writes are run through `guard`,
 * which files the page's pending records first and then throws away the ones we caused, so the
 * highlighter never reacts to itself. A flood of mutations (a framework re-rendering everything)
 * is reported as such, for one rescan instead of thousands of small ones.
 */

export interface Batch {
  /** Added nodes, in arrival order (empty when flooded). */
  added: Node[];
  /** More than `floodLimit` nodes arrived: rescan rather than follow them one by one. */
  flooded: boolean;
}

export interface WatcherOptions {
  target: Node;
  onBatch(batch: Batch): void;
  debounceMs?: number;
  /** A page that never stops mutating still gets its batches this often. */
  maxWaitMs?: number;
  floodLimit?: number;
  win?: Window;
}

export interface Watcher {
  guard<T>(write: () => T): T;
  disconnect(): void;
}

function isOurs(node: Node): boolean {
  const name = node.nodeName;
  return name === 'ELENS-MARK' || name === 'ELENS-TOOLTIP' || (node.parentNode?.nodeName === 'ELENS-MARK');
}

function isWorthReading(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && /\S/.test((node as Text).data));
}

export function createWatcher(opts: WatcherOptions): Watcher {
  const win = opts.win ?? window;
  const debounceMs = opts.debounceMs ?? 150;
  const maxWaitMs = opts.maxWaitMs ?? 1000;
  const floodLimit = opts.floodLimit ?? 1000;

  let added: Node[] = [];
  let flooded = false;
  let timer: number | undefined;
  let firstPending = 0;
  let connected = true;

  function file(records: MutationRecord[]): void {
    let any = false;
    for (const r of records) {
      if (r.type !== 'childList') continue;
      // A removal alone needs no work, but the batch it belongs to must run: the lens checks
      // whether the article it was highlighting is still there.
      for (const n of r.removedNodes) {
        if (!isOurs(n)) {
          any = true;
          break;
        }
      }
      for (const n of r.addedNodes) {
        if (isOurs(n) || !isWorthReading(n)) continue;
        any = true;
        if (flooded) continue;
        added.push(n);
        if (added.length > floodLimit) {
          flooded = true;
          added = [];
        }
      }
    }
    if (any) schedule();
  }

  function schedule(): void {
    const now = Date.now();
    if (timer === undefined) firstPending = now;
    else win.clearTimeout(timer);
    const wait = Math.min(debounceMs, Math.max(0, firstPending + maxWaitMs - now));
    timer = win.setTimeout(flush, wait);
  }

  function flush(): void {
    timer = undefined;
    if (!connected) return;
    const batch: Batch = { added, flooded };
    added = [];
    flooded = false;
    opts.onBatch(batch);
  }

  const MO = (win as Window & { MutationObserver: typeof MutationObserver }).MutationObserver;
  const observer = new MO(file);
  observer.observe(opts.target, { childList: true, subtree: true });

  return {
    guard(write) {
      if (!connected) return write();
      file(observer.takeRecords());
      try {
        return write();
      } finally {
        // Everything recorded since is ours.
        observer.takeRecords();
      }
    },
    disconnect() {
      connected = false;
      observer.disconnect();
      if (timer !== undefined) win.clearTimeout(timer);
      timer = undefined;
      added = [];
    },
  };
}
