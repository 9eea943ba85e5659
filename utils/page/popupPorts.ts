import { browser, type Browser } from 'wxt/browser';
import { POPUP_PORT } from '../messaging';

type Port = Browser.runtime.Port;

/**
 * Popup side: one port per (tab, frame) for as long as the popup is open.
 * The page's content script clears its highlights and stops watching when
 * the port disconnects, which the browser does when the popup closes.
 */
const ports = new Map<string, Port>();

export function portTo(tabId: number, frameId: number): Port {
  const key = `${tabId}:${frameId}`;
  const existing = ports.get(key);
  if (existing) return existing;
  const port = browser.tabs.connect(tabId, { name: POPUP_PORT, frameId });
  port.onDisconnect.addListener(() => {
    // Reading lastError marks it handled: a frame without CodeCue's script just has no port.
    void browser.runtime.lastError;
    if (ports.get(key) === port) ports.delete(key);
  });
  ports.set(key, port);
  return port;
}

/** Closes every port to a tab: its highlights clear and it stops watching. */
export function disconnectTab(tabId: number): void {
  for (const [key, port] of ports) {
    if (key.startsWith(`${tabId}:`)) {
      ports.delete(key);
      port.disconnect();
    }
  }
}
