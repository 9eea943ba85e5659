import { describe, expect, it } from 'vitest';
import { describeStoreError } from '@/utils/store/storeError';

const err = (name: string, message = '', inner?: unknown) => Object.assign(new Error(message), { name, inner });

describe('describeStoreError', () => {
  it.each([
    ['quota exceeded', err('AbortError', 'Transaction aborted', err('QuotaExceededError', 'The quota has been exceeded.')), /no room left/],
    ['a newer schema on disk', err('VersionError', 'The requested version (20) is less than the existing version (990).'), /newer version of CodeCue/],
    ['a blocked upgrade', err('OpenFailedError', 'BlockedError Database version upgrade blocked', err('BlockedError', 'blocked')), /holding the code store open/],
    ['a damaged record', err('DataError', 'Failed to read a record'), /damaged/],
    ['anything else', err('UnknownError', 'Internal error opening backing store'), /could not be opened: Internal error opening backing store\./],
    ['not even an Error', 'boom', /could not be opened\./],
  ])('%s', (_label, error, message) => {
    expect(describeStoreError(error)).toMatch(message);
  });
});
