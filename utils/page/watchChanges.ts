import type { ExtractedText } from './extractText';

export interface ChangeWatcher {
  /** Also watch the trees the last read went into (shadow roots, same-origin frames). */
  observeRootsOf(extracted: ExtractedText): void;
  stop(): void;
}

export interface WatchOptions {
  /** Wait for this much quiet before reporting (typing, streaming text). */
  quietMs?: number;
  /** But report at least this often while changes keep coming. */
  maxWaitMs?: number;
}

/**
 * Calls `onChange` (debounced) when the page's text may have changed: DOM
 * mutations, and typing into fields (a field's value is not in the DOM, so
 * only its input event tells). A MutationObserver does not see into shadow
 * roots or other documents, so those are added as reads discover them.
 */
export function watchChanges(doc: Document, onChange: () => void, { quietMs = 300, maxWaitMs = 1500 }: WatchOptions = {}): ChangeWatcher {
  const win = doc.defaultView!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  const fire = () => {
    timer = undefined;
    firstPending = 0;
    onChange();
  };
  const schedule = () => {
    const now = Date.now();
    if (!firstPending) firstPending = now;
    if (timer) clearTimeout(timer);
    const wait = Math.max(0, Math.min(quietMs, firstPending + maxWaitMs - now));
    timer = setTimeout(fire, wait);
  };

  const observer = new win.MutationObserver(schedule);
  const options: MutationObserverInit = {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['style', 'class', 'hidden', 'aria-hidden', 'open', 'value'],
  };
  const observed = new Set<Node>();
  const listened = new Set<Document>();
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, options);
    const owner = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (owner && !listened.has(owner)) {
      listened.add(owner);
      // Capture phase, composed: typing inside shadow roots reaches here too.
      owner.addEventListener('input', schedule, true);
    }
  };
  observe(doc);

  return {
    observeRootsOf(extracted) {
      let last: Node | null = null;
      for (const { source } of extracted.segments) {
        const root = source.getRootNode();
        if (root === last) continue;
        last = root;
        if (root.nodeType === 11 || root.nodeType === 9) observe(root);
      }
    },
    stop() {
      observer.disconnect();
      for (const d of listened) d.removeEventListener('input', schedule, true);
      observed.clear();
      listened.clear();
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
