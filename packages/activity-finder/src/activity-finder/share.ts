/** What happened when the person asked to share: the caller words its message (or shows the link) by it. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/**
 * Shares a link with the system share sheet where there is one (phones, Safari, Edge), else copies it to
 * the clipboard. Call it from a click handler: both need the person's gesture.
 *
 * - 'shared': the share sheet completed;
 * - 'cancelled': the person closed the share sheet (AbortError) — say nothing;
 * - 'copied': the address is on the clipboard (no share sheet, or it failed for another reason, such as
 *   NotAllowedError in an iframe without `allow="web-share"`);
 * - 'failed': neither worked (an old browser, an insecure page, a denied permission) — show the address
 *   for copying by hand.
 */
export async function shareLink(input: { title: string; url: string }): Promise<ShareOutcome> {
  const nav: Partial<Navigator> | undefined = typeof navigator === 'undefined' ? undefined : navigator;
  const data: ShareData = { title: input.title, url: input.url };

  if (typeof nav?.share === 'function' && canShare(nav, data)) {
    try {
      await nav.share(data);
      return 'shared';
    } catch (error) {
      if (isAbort(error)) return 'cancelled';
      // Any other refusal: fall through to the clipboard.
    }
  }

  try {
    const clipboard = nav?.clipboard;
    if (clipboard && typeof clipboard.writeText === 'function') {
      await clipboard.writeText(input.url);
      return 'copied';
    }
  } catch {
    // Clipboard refused (no focus, permission denied, insecure context).
  }
  return 'failed';
}

/** `navigator.canShare(data)`, where it exists; only an explicit `false` rules sharing out. */
function canShare(nav: Partial<Navigator>, data: ShareData): boolean {
  if (typeof nav.canShare !== 'function') return true;
  try {
    return nav.canShare(data) !== false;
  } catch {
    return false;
  }
}
