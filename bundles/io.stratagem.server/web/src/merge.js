// Text changes as one replaced range, and the merge of two changes made to the same text: what keeps
// the editor's cursor, selection and scroll when the file changes on disk while it is open.

/**
 * The one range of `before` that differs from `after` (their common start and end left out), with
 * the text that replaces it: `before.slice(0, start) + text + before.slice(end)` is `after`.
 * Offsets count UTF-16 code units, as the editor's do.
 */
export function change(before, after) {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) {
    start++;
  }
  let common = 0;
  while (common < shorter - start && before.charCodeAt(before.length - 1 - common) === after.charCodeAt(after.length - 1 - common)) {
    common++;
  }
  return { start, end: before.length - common, text: after.slice(start, after.length - common) };
}

/** Whether a change changes nothing. */
export function isEmpty(edit) {
  return edit.start === edit.end && edit.text === '';
}

/** The lines of `text` that a change touches, as the offsets of their first and last character. */
function lines(text, edit) {
  const end = text.indexOf('\n', edit.end);
  return { first: edit.start === 0 ? 0 : text.lastIndexOf('\n', edit.start - 1) + 1, last: end < 0 ? text.length : end };
}

/**
 * The edit that brings `theirs` (the file changed elsewhere since `base`) into `mine` (the editor's
 * text, itself changed from `base` or not), as a change of `mine`; null when both changed the same
 * lines, which only the user can decide.
 */
export function merge(base, mine, theirs) {
  const own = change(base, mine);
  const other = change(base, theirs);
  if (isEmpty(own)) {
    return change(mine, theirs);
  }
  if (isEmpty(other)) {
    return other;
  }
  const ownLines = lines(base, own);
  const otherLines = lines(base, other);
  if (otherLines.first <= ownLines.last && ownLines.first <= otherLines.last) {
    return null;
  }
  if (other.end <= own.start) {
    return other;
  }
  // after the editor's change: shifted by what it added or removed
  const shift = own.text.length - (own.end - own.start);
  return { start: other.start + shift, end: other.end + shift, text: other.text };
}
