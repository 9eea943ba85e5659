import Dexie, { type Table } from 'dexie';
import type { CodeEntry } from '../engine/types';

/**
 * The one declaration of the code store's IndexedDB schema. Every version
 * ever shipped stays listed here: Dexie upgrades an older database by
 * replaying them in order.
 *
 * Opened only by extension pages and the background: a content script
 * would open the page's own database, not ours.
 */

export type StoredCode = CodeEntry;

export interface MetaRow {
  key: string;
  value: string | number;
}

export const DB_NAME = 'codecue';

export class CodeStore extends Dexie {
  codes!: Table<StoredCode, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      codes: 'code, category',
      meta: 'key',
    });
  }
}
