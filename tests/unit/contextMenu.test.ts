import { describe, expect, it, vi } from 'vitest';
import { createContextMenu, listenForContextMenu, MENU_ID, type ContextMenuApi } from '@/utils/quick/contextMenu';

function fakeApi() {
  const menus = new Map<string, { title: string; contexts: string[] }>();
  const listeners: ((info: { menuItemId: string | number }) => void)[] = [];
  const openPopup = vi.fn(async () => {});
  const api: ContextMenuApi = {
    contextMenus: {
      create: (props, cb) => {
        if (menus.has(props.id)) throw new Error('duplicate id');
        menus.set(props.id, { title: props.title, contexts: props.contexts });
        cb?.();
      },
      removeAll: (cb) => {
        menus.clear();
        cb?.();
      },
      onClicked: { addListener: (fn) => listeners.push(fn) },
    },
    action: { openPopup },
    runtime: {},
  };
  return { api, menus, click: (id: string) => listeners.forEach((l) => l({ menuItemId: id })), openPopup };
}

describe('context menu', () => {
  it('adds one "Suggest codes for selection" item for selected text, even when created twice', async () => {
    const { api, menus } = fakeApi();
    await createContextMenu(api);
    await createContextMenu(api);
    expect([...menus.entries()]).toEqual([[MENU_ID, { title: 'Suggest codes for selection', contexts: ['selection'] }]]);
  });

  it('opens the popup when its item is chosen, and only then', () => {
    const { api, click, openPopup } = fakeApi();
    listenForContextMenu(api);
    click('someone-else');
    expect(openPopup).not.toHaveBeenCalled();
    click(MENU_ID);
    expect(openPopup).toHaveBeenCalledOnce();
  });

  it('reports a popup that could not open instead of throwing', async () => {
    const { api, click } = fakeApi();
    api.action.openPopup = () => Promise.reject(new Error('no window'));
    const onError = vi.fn();
    listenForContextMenu(api, onError);
    click(MENU_ID);
    await vi.waitFor(() => expect(onError).toHaveBeenCalled());
  });
});
