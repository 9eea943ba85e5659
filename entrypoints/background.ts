import { defaultRuleset } from '@/data';
import { CodeStore } from '@/utils/store/db';
import { seedStore } from '@/utils/store/seed';

export default defineBackground(() => {
  // Seed on install and on every update: seedStore itself skips the write
  // when the stored data version is already current.
  browser.runtime.onInstalled.addListener(() => {
    void seedStore(new CodeStore(), defaultRuleset).catch((error: unknown) => {
      console.error('CodeCue: could not load the built-in code set', error);
    });
  });
});
