import { describe, expect, it } from 'vitest';
import { AddinError, toUserError } from './errors.js';
import { UI } from './labels.vi.js';

describe('toUserError', () => {
  it('says one plain sentence for Excel on the web’s payload limit and keeps the code for IT', () => {
    const error = Object.assign(new Error('The request payload size has exceeded the limit.'), { code: 'RequestPayloadSizeLimitExceeded', name: 'RichApi.Error' });
    expect(toUserError(error)).toEqual({
      message: UI.errors.payload,
      details: 'RichApi.Error | RequestPayloadSizeLimitExceeded | The request payload size has exceeded the limit.',
    });
  });

  it('never shows a stack trace, even for an unknown error', () => {
    const result = toUserError(new TypeError('x is undefined'));
    expect(result.message).toBe(UI.errors.generic);
    expect(result.details).not.toContain('    at ');
  });

  it('shows the add-in’s own sentence as it is', () => {
    expect(toUserError(new AddinError(UI.errors.noHeader))).toEqual({ message: UI.errors.noHeader, details: '' });
  });
});
