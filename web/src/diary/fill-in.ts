import type { ComponentChild } from 'preact';

/**
 * A placeholder value that marks where an element goes in a message: pass it as the value, then `fillIn` the
 * element. U+2063 (invisible separator) is never part of a message's own words.
 */
export const SLOT = '\u2063';

/**
 * A message with an element (a name in bold, a link) where its placeholder stood, wherever the language puts it:
 * `fillIn(t('webDiary.home.signedInAs', { name: SLOT }), <strong>{name}</strong>)`.
 */
export function fillIn(text: string, element: ComponentChild): ComponentChild[] {
  const at = text.indexOf(SLOT);
  if (at < 0) return [text];
  return [text.slice(0, at), element, text.slice(at + SLOT.length)];
}
