import { defineExtensionMessaging } from '@webext-core/messaging';

/** What the content script reports about the page it runs in. */
export interface PageText {
  /** Visible note text, in reading order. */
  text: string;
  /** The coder's current selection in the page, '' when none. */
  selection: string;
  /** Page URL, for the popup's header only; never stored. */
  url: string;
  /** True when the text was cut at the documented cap. */
  truncated: boolean;
}

/** The one protocol between the extension's contexts. */
export interface ProtocolMap {
  /** Popup -> content script: read the page. */
  getPageText(): PageText;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/**
 * Replies from content scripts come from the page's process and are treated
 * as untrusted: anything not shaped like PageText is rejected here, before
 * the popup touches it.
 */
export function parsePageText(value: unknown): PageText {
  if (typeof value !== 'object' || value === null) {
    throw new TypeError('Page reply is not an object');
  }
  const v = value as Record<string, unknown>;
  for (const key of ['text', 'selection', 'url'] as const) {
    if (typeof v[key] !== 'string') throw new TypeError(`Page reply field "${key}" is not a string`);
  }
  if (typeof v.truncated !== 'boolean') throw new TypeError('Page reply field "truncated" is not a boolean');
  return {
    text: v.text as string,
    selection: v.selection as string,
    url: v.url as string,
    truncated: v.truncated,
  };
}
