import { startPageAgent } from '@/utils/page/pageAgent';

// Injected by the popup (activeTab + scripting) when the coder asks, or
// registered by the background for sites the coder opted into auto-scan.
// It reads the page and paints evidence; it does no matching and opens no database.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const state = globalThis as typeof globalThis & { __codecueLoaded?: boolean };
    if (state.__codecueLoaded) return; // Injected twice (popup after auto-scan, or reopened popup).
    state.__codecueLoaded = true;
    startPageAgent(window);
  },
});
