/**
 * What the options page can do with the code store, as one object the page
 * receives (tests pass a store on fake-indexeddb and a managed reader).
 */
import { defaultRuleset } from '../../data';
import type { CodeStore } from './db';
import { seedStore } from './seed';
import { loadCodebook, type Codebook } from './codebook';
import type { ManagedReader } from './managed';
import * as changes from './changes';
import * as io from '../importExport/store';
import type { ImportPlan, PlanResult } from '../importExport/changesFile';

export interface OptionsApi {
  load(): Promise<Codebook>;
  saveCustomCode(input: unknown): Promise<unknown>;
  deleteCustomCode(code: string): Promise<void>;
  addPhrase(code: string, phrase: string): Promise<unknown>;
  editPhrase(id: string, phrase: string): Promise<unknown>;
  setPhraseDisabled(id: string, disabled: boolean): Promise<void>;
  deleteChange(id: string): Promise<void>;
  setBuiltinPhraseDisabled(code: string, concept: string, phrase: string, disabled: boolean): Promise<void>;
  setRuleDisabled(code: string, n: number, disabled: boolean): Promise<void>;
  saveSettings(input: unknown): Promise<unknown>;
  previewImport(text: string): Promise<PlanResult>;
  applyImport(plan: ImportPlan): Promise<void>;
  exportChanges(includeLicensed: boolean): Promise<string>;
  previewDescriptors(bytes: Uint8Array): ReturnType<typeof io.previewDescriptors>;
  applyDescriptors(rows: { code: string; text: string }[]): Promise<void>;
  clearDescriptors(): Promise<void>;
}

export function createOptionsApi(db: CodeStore, readManaged: ManagedReader): OptionsApi {
  return {
    async load() {
      await seedStore(db, defaultRuleset);
      return loadCodebook(db, readManaged);
    },
    saveCustomCode: (input) => changes.saveCustomCode(db, input),
    deleteCustomCode: (code) => changes.deleteCustomCode(db, code),
    addPhrase: (code, phrase) => changes.addPhrase(db, code, phrase),
    editPhrase: (id, phrase) => changes.editPhrase(db, id, phrase),
    setPhraseDisabled: (id, disabled) => changes.setPhraseDisabled(db, id, disabled),
    deleteChange: (id) => changes.deleteChange(db, id),
    setBuiltinPhraseDisabled: (code, concept, phrase, disabled) => changes.setBuiltinPhraseDisabled(db, code, concept, phrase, disabled),
    setRuleDisabled: (code, n, disabled) => changes.setRuleDisabled(db, code, n, disabled),
    saveSettings: (input) => changes.saveUserSettings(db, input),
    previewImport: (text) => io.previewImport(db, text),
    applyImport: (plan) => io.applyImport(db, plan),
    exportChanges: (includeLicensed) => io.exportChanges(db, { includeLicensed }),
    previewDescriptors: (bytes) => io.previewDescriptors(db, bytes),
    applyDescriptors: (rows) => io.applyDescriptors(db, rows),
    clearDescriptors: () => io.clearDescriptors(db),
  };
}
