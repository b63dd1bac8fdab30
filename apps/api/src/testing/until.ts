/**
 * Polls `check` until it holds or `ms` have passed, for a state the app reaches in the background;
 * it does not throw on time-out, so the assertions after it say what was wrong.
 */
export async function until(check: () => boolean | Promise<boolean>, ms = 10_000, everyMs = 25): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, everyMs));
}

/**
 * Runs `assertion` until it passes or `ms` have passed, then throws its last failure: for what a
 * page or the app shows once an answer arrives in the background (a list rendered after its query,
 * a banner after its mutation), where one snapshot read would race the rendering.
 */
export async function eventually<T>(assertion: () => T | Promise<T>, ms = 10_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await assertion();
    } catch (failure) {
      if (Date.now() >= deadline) throw failure;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }
}
