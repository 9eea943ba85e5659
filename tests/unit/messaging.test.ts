import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { onMessage, parsePageText, sendMessage, type PageText } from '@/utils/messaging';

const page: PageText = { text: 'PROCEDURE: Pancoast resection', selection: '', url: 'https://ehr.example/note/1', truncated: false };

describe('messaging protocol', () => {
  beforeEach(() => fakeBrowser.reset());

  it('delivers getPageText and its reply through the runtime', async () => {
    const remove = onMessage('getPageText', () => page);
    const reply = await sendMessage('getPageText', undefined);
    expect(parsePageText(reply)).toEqual(page);
    remove();
  });
});

describe('parsePageText', () => {
  it('accepts a well-formed reply and drops unknown fields', () => {
    expect(parsePageText({ ...page, extra: '<script>' })).toEqual(page);
  });

  it.each([
    ['null', null, /not an object/],
    ['a string', 'text', /not an object/],
    ['text missing', { selection: '', url: '', truncated: false }, /"text"/],
    ['text a number', { text: 42, selection: '', url: '', truncated: false }, /"text"/],
    ['selection an object', { text: '', selection: {}, url: '', truncated: false }, /"selection"/],
    ['url missing', { text: '', selection: '', truncated: false }, /"url"/],
    ['truncated a string', { text: '', selection: '', url: '', truncated: 'no' }, /"truncated"/],
  ])('rejects %s', (_label, value, message) => {
    expect(() => parsePageText(value)).toThrow(message);
  });
});
