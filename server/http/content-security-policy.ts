// The Content-Security-Policy of every page (set per request by proxy.ts). Pure, for unit tests.

/** 128 random bits, base64: a nonce an injected script cannot guess. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // Only scripts carrying this response's nonce run, and what they load ('strict-dynamic'):
    // no inline <script>, no onerror= attributes, no javascript: URLs. React's development build
    // needs eval for its error overlays; production does not.
    "script-src": [`'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // 'unsafe-inline' for styles, knowingly: Tiptap injects a <style> element for ProseMirror
    // (white-space and caret rules the selection depends on) and ProseMirror writes style
    // attributes. Styles cannot run script; a nonce here would also switch 'unsafe-inline' off.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    // The dev server's hot reload talks over a WebSocket to the same host.
    "connect-src": ["'self'", ...(development ? ["ws:", "wss:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}
