/**
 * "Suggest codes for selection" in the page's context menu. Choosing it
 * grants activeTab for that tab just as the toolbar button does, and opens
 * the popup, which codes the selection (the popup says so).
 */

export const MENU_ID = 'codecue-suggest-selection';

/** The few browser APIs this needs, so it can be tested without a browser. */
export interface ContextMenuApi {
  contextMenus: {
    create(props: { id: string; title: string; contexts: ['selection'] }, callback?: () => void): unknown;
    removeAll(callback?: () => void): unknown;
    onClicked: { addListener(fn: (info: { menuItemId: string | number }) => void): void };
  };
  action: { openPopup(): Promise<void> };
  runtime: { lastError?: unknown };
}

/** Called on install and update: menus persist in Chrome, so replace rather than add twice. */
export async function createContextMenu(api: ContextMenuApi): Promise<void> {
  await new Promise<void>((done) => api.contextMenus.removeAll(() => done()));
  api.contextMenus.create({ id: MENU_ID, title: 'Suggest codes for selection', contexts: ['selection'] }, () => {
    // Reading lastError keeps a duplicate-id race from surfacing as an uncaught error.
    void api.runtime.lastError;
  });
}

/** Registered at every service-worker start, since listeners do not persist. */
export function listenForContextMenu(api: ContextMenuApi, onError: (error: unknown) => void = () => {}): void {
  api.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID) return;
    api.action.openPopup().catch(onError);
  });
}
