import { isOwnExtensionPage, onMessage, parsePageText, type SenderLike } from '../messaging';
import type { AnalysisService } from './service';

/**
 * Answers the popup's requests in the background. Only the extension's own
 * pages may ask: a content script lives in a web page and has no business
 * here. The page text is checked for shape before the engine sees it.
 */
export function listenForAnalysis(service: AnalysisService, extensionId: string, extensionOrigin: string): () => void {
  const allowed = (sender: SenderLike) => isOwnExtensionPage(sender, extensionId, extensionOrigin);
  const offAnalyze = onMessage('analyzePage', ({ data, sender }) => {
    if (!allowed(sender)) throw new Error('analyzePage is only for CodeCue’s own pages');
    return service.analyze(parsePageText(data));
  });
  const offLookup = onMessage('lookupCodes', ({ sender }) => {
    if (!allowed(sender)) throw new Error('lookupCodes is only for CodeCue’s own pages');
    return service.lookup();
  });
  return () => {
    offAnalyze();
    offLookup();
  };
}
