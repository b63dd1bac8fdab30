/**
 * Polls `check` until it holds or `ms` have passed, for a state the app reaches in the background;
 * it does not throw on time-out, so the assertions after it say what was wrong.
 */
export async function until(check: () => boolean | Promise<boolean>, ms = 10_000, everyMs = 25): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, everyMs));
}
