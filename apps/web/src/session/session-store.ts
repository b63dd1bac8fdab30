// One token per instance: a person may be signed in to several instances in the same browser.
const key = (slug: string) => `idea-exchange:token:${slug}`;

export function readToken(slug: string): string | null {
  try {
    return localStorage.getItem(key(slug));
  } catch {
    return null;
  }
}

export function saveToken(slug: string, token: string): void {
  localStorage.setItem(key(slug), token);
}

export function forgetToken(slug: string): void {
  localStorage.removeItem(key(slug));
}

/** Who a request to the API speaks for: the signed-in member, or anonymously the instance itself. */
export function identityHeaders(slug: string, token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : { 'x-tenant': slug };
}

/**
 * An HTTP request's headers: who asks, and the language the pages show (main.tsx keeps
 * <html lang> in step), in which the API words its refusals.
 */
export function requestHeaders(slug: string, token: string | null): Record<string, string> {
  return { ...identityHeaders(slug, token), 'accept-language': document.documentElement.lang || 'en' };
}
