import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { translator } from '../../../src/messages/index.ts';
import { fillIn, SLOT } from './fill-in.ts';

function html(text: string): string {
  return render(h('p', null, fillIn(text, h('strong', null, 'Ann'))));
}

describe('a message with an element in it', () => {
  it('puts the element where each language puts the placeholder', () => {
    const english = translator('en')('webDiary.account.signedInSince', { name: SLOT, since: '6 Dec 2026' });
    const russian = translator('ru')('webDiary.account.signedInSince', {
      name: SLOT,
      since: '6 дек. 2026 г.',
    });
    assert.equal(html(english), '<p>Signed in as <strong>Ann</strong>, since 6 Dec 2026.</p>');
    assert.equal(
      html(russian),
      '<p>Вы вошли как <strong>Ann</strong>; учётная запись создана 6 дек. 2026 г.</p>',
    );
  });

  it('keeps a message without the placeholder whole', () => {
    assert.equal(html('Signed in'), '<p>Signed in</p>');
  });
});
