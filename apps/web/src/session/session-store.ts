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
