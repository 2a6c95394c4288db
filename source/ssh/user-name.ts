/** The longest user name a session sees, in code points. */
export const MAX_USER_NAME_LENGTH = 64;

/**
 * Controls (C0, DEL, C1), format characters (bidi overrides and isolates, zero-width
 * joiners, the byte-order mark), line and paragraph separators, surrogates, private-use
 * and unassigned code points: none of these has a place in a name, and each could
 * break a line, reorder one, or hide what it says.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}]/gu;

/**
 * The name a session gets, made once at login from what the client claimed (or what
 * authorized_keys pinned): unsafe characters dropped, surrounding spaces trimmed, cut to
 * MAX_USER_NAME_LENGTH code points. So `context.user.name` is always safe to show,
 * in a chat line as in a log. It is still only a claim unless a key pinned it.
 */
export function safeUserName(claimed: string): string {
  const cleaned = claimed.replace(UNSAFE, '').trim();
  const points = Array.from(cleaned);
  return points.length > MAX_USER_NAME_LENGTH ? points.slice(0, MAX_USER_NAME_LENGTH).join('').trimEnd() : cleaned;
}
