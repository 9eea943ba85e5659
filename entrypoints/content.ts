import { onMessage } from '@/utils/messaging';
import { readPage } from '@/utils/page/readPage';
import type { ExtractedText } from '@/utils/page/extractText';

// Injected by the popup (activeTab + scripting) only when the coder asks;
// it reads the page and does no matching and opens no database.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const state = globalThis as typeof globalThis & { __codecueLoaded?: boolean; __codecueText?: ExtractedText };
    if (state.__codecueLoaded) return;
    state.__codecueLoaded = true;
    onMessage('getPageText', () => {
      const { page, extracted } = readPage(document);
      // Kept in memory only, for highlighting evidence later; never stored.
      state.__codecueText = extracted;
      return page;
    });
  },
});
