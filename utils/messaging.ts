import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnalysisReply, LookupReply } from './analysis/service';

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
  /**
   * Where `selection` starts in `text`, when the selection lies in the text
   * read: evidence offsets into the selection plus this are offsets into
   * `text`, which is what highlighting takes.
   */
  selectionStart?: number;
}

/** One frame's text, for reading frames the top frame cannot reach (cross-origin, granted). */
export interface FrameText extends PageText {
  /**
   * True when a same-origin ancestor frame already reads this frame's text
   * (so the frame is skipped rather than read twice).
   */
  covered: boolean;
}

/** Offsets into a frame's reported text. */
export interface TextRange {
  start: number;
  end: number;
}

export interface HighlightRequest {
  ranges: TextRange[];
  /** Index into `ranges` of the evidence to emphasise. */
  active?: number;
}

export interface HighlightResult {
  /** Pieces painted with the CSS Custom Highlight API. */
  painted: number;
  /** Pieces in form fields, which are selected on scroll instead. */
  inFields: number;
}

/** The one protocol between the extension's contexts. */
export interface ProtocolMap {
  /** Popup -> content script (frame 0): read the page. */
  getPageText(): PageText;
  /** Popup -> content script in any frame: read this frame. */
  getFrameText(): FrameText;
  /** Popup -> content script: paint evidence (offsets into that frame's text). */
  highlight(data: HighlightRequest): HighlightResult;
  /** Popup -> content script: scroll the note to one piece of evidence. */
  scrollToEvidence(data: TextRange): boolean;
  /** Popup -> content script: remove every highlight. */
  clearHighlights(): void;
  /** Content script (auto-scan) -> background: a page loaded or its note changed; the background pulls the text. */
  autoScanPage(): { watch: boolean };
  /** Popup -> background: code this page text with the merged ruleset and settings. */
  analyzePage(data: PageText): AnalysisReply;
  /** Popup -> background: the code set for the popup's code search. */
  lookupCodes(): LookupReply;
}

/** Port the popup holds open to a frame: its disconnect tells the page the popup closed. */
export const POPUP_PORT = 'codecue-popup';

/** Popup -> content script over the port. */
export type PopupPortMessage = { type: 'watch' };
/** Content script -> popup over the port: the note changed. */
export type PagePortMessage = { type: 'pageChanged'; page: PageText };

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
  const page: PageText = {
    text: v.text as string,
    selection: v.selection as string,
    url: v.url as string,
    truncated: v.truncated,
  };
  // Kept only when it really points at the selection inside the text.
  const at = v.selectionStart;
  if (Number.isInteger(at) && page.selection && page.text.startsWith(page.selection, at as number)) page.selectionStart = at as number;
  return page;
}

export function parseFrameText(value: unknown): FrameText {
  const page = parsePageText(value);
  const covered = (value as Record<string, unknown>).covered;
  if (typeof covered !== 'boolean') throw new TypeError('Frame reply field "covered" is not a boolean');
  return { ...page, covered };
}

export function parseHighlightResult(value: unknown): HighlightResult {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const count = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : 0);
  return { painted: count(v.painted), inFields: count(v.inFields) };
}

/** Port messages from a content script: only a well-formed pageChanged gets through. */
export function parsePagePortMessage(value: unknown): PagePortMessage | null {
  if (typeof value !== 'object' || value === null || (value as { type?: unknown }).type !== 'pageChanged') return null;
  try {
    return { type: 'pageChanged', page: parsePageText((value as { page?: unknown }).page) };
  } catch {
    return null;
  }
}

/** Ranges from the popup, checked again in the page: integers, in order, a bounded count. */
export function parseTextRanges(value: unknown, max = 500): TextRange[] {
  if (!Array.isArray(value)) return [];
  return value
    .slice(0, max)
    .filter((r): r is TextRange => isTextRange(r));
}

export function isTextRange(r: unknown): r is TextRange {
  if (typeof r !== 'object' || r === null) return false;
  const { start, end } = r as Record<string, unknown>;
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) > (start as number);
}

/** Minimal view of a runtime.MessageSender, so unit tests can pass plain objects. */
export interface SenderLike {
  id?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  url?: string;
}

/** A message really came from this extension (its own content script or page). */
export function isOwnExtension(sender: SenderLike | undefined, extensionId: string): boolean {
  return !!sender && sender.id === extensionId;
}

/**
 * A message came from one of this extension's own pages (popup, options),
 * not from a content script, which runs inside a web page.
 */
export function isOwnExtensionPage(sender: SenderLike | undefined, extensionId: string, extensionOrigin: string): boolean {
  return isOwnExtension(sender, extensionId) && !sender?.tab && typeof sender?.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** A message came from this extension's content script in a tab's top frame. */
export function isOwnTopFrameScript(sender: SenderLike | undefined, extensionId: string): sender is SenderLike & { tab: { id: number } } {
  return isOwnExtension(sender, extensionId) && typeof sender?.tab?.id === 'number' && sender.frameId === 0;
}
