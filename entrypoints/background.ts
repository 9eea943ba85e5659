import { defaultRuleset } from '@/data';
import { CodeStore } from '@/utils/store/db';
import { seedStore } from '@/utils/store/seed';
import { createContextMenu, listenForContextMenu, type ContextMenuApi } from '@/utils/quick/contextMenu';
import { startAutoScan } from '@/utils/autoscan/autoScan';
import { createAnalysisService } from '@/utils/analysis/service';
import { listenForAnalysis } from '@/utils/analysis/listen';
import { browserManagedReader } from '@/utils/store/managed';

export default defineBackground(() => {
  // Firefox's MV2 build has browserAction where Chrome's MV3 has action.
  const api = browser as unknown as ContextMenuApi & { browserAction?: ContextMenuApi['action'] };
  const menus: ContextMenuApi = { contextMenus: api.contextMenus, runtime: api.runtime, action: api.action ?? api.browserAction! };
  listenForContextMenu(menus, (error) => console.error('CodeCue: could not open the popup', error));
  // Seed on install and on every update: seedStore itself skips the write
  // when the stored data version is already current.
  browser.runtime.onInstalled.addListener(() => {
    void createContextMenu(menus);
    void seedStore(new CodeStore(), defaultRuleset).catch((error: unknown) => {
      console.error('CodeCue: could not load the built-in code set', error);
    });
  });
  // The code store and the engine live here; the popup sends page text and gets codes back.
  const analysis = createAnalysisService(new CodeStore(), browserManagedReader);
  listenForAnalysis(analysis, browser.runtime.id, browser.runtime.getURL('/'));
  // Ready before the first popup asks: building the merged ruleset and engine is the slow part.
  void analysis.warm();
  // Sites the coder opted into: scanned on load, count on the toolbar badge.
  startAutoScan(analysis);
});
