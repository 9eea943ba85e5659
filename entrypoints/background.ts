import { defaultRuleset } from '@/data';
import { CodeStore } from '@/utils/store/db';
import { seedStore } from '@/utils/store/seed';
import { createContextMenu, listenForContextMenu, type ContextMenuApi } from '@/utils/quick/contextMenu';

export default defineBackground(() => {
  const menus = browser as unknown as ContextMenuApi;
  listenForContextMenu(menus, (error) => console.error('CodeCue: could not open the popup', error));
  // Seed on install and on every update: seedStore itself skips the write
  // when the stored data version is already current.
  browser.runtime.onInstalled.addListener(() => {
    void createContextMenu(menus);
    void seedStore(new CodeStore(), defaultRuleset).catch((error: unknown) => {
      console.error('CodeCue: could not load the built-in code set', error);
    });
  });
});
