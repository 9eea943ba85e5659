import { describe, expect, it } from 'vitest';
import { reasonFromInjectionError, unreadableReason } from '@/utils/popup/unreadable';

describe('unreadableReason', () => {
  it.each([
    ['chrome://settings/', /browser’s own pages/],
    ['chrome://newtab/', /browser’s own pages/],
    ['about:blank', /browser’s own pages/],
    ['chrome-extension://abcdefghijklmnop/options.html', /browser’s own pages/],
    ['https://chromewebstore.google.com/detail/x', /stores/],
    ['https://chrome.google.com/webstore/category/extensions', /stores/],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', /PDF/],
    ['https://ehr.example/files/op-note.pdf', /PDF/],
    [undefined, /no page/],
    ['not a url', /no page/],
  ])('%s cannot be read', (url, reason) => {
    expect(unreadableReason(url)).toMatch(reason);
  });

  it.each(['https://ehr.example/chart/1', 'http://127.0.0.1:8080/ehr/note', 'https://chrome.google.com/other'])('%s can be read', (url) => {
    expect(unreadableReason(url)).toBeNull();
  });
});

describe('reasonFromInjectionError', () => {
  it.each([
    ['Cannot access a chrome:// URL', /browser’s own pages/],
    ['Cannot access a chrome-extension:// URL of different extension', /browser’s own pages/],
    ['The extensions gallery cannot be scripted.', /stores/],
    ['Cannot access contents of url "chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html".', /PDF/],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', /only on web pages/],
  ])('%s', (message, reason) => {
    expect(reasonFromInjectionError(message)).toMatch(reason);
  });
});
