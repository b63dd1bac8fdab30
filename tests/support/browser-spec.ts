import type { BrowserContextOptions, Page } from 'playwright-core';
import type { AppConfig } from '../../apps/api/src/config/app-config';
import { startWithInstance } from '../../apps/api/src/testing/app-with-instance';
import type { Given, GivenTenant, TenantOptions } from '../../apps/api/src/testing/given';
import type { TestApp } from '../../apps/api/src/testing/test-app';
import { heading, TestBrowser, type SignsIn } from './web-browser';

const BROWSER_TEST_MS = 120_000;

/** How a spec's world differs from the usual one. */
export interface BrowserSpecOptions {
  /** Settings over the test app's defaults, read as the app starts: after the file's earlier `beforeAll` hooks (a mail catcher's address, say). */
  config?: () => Partial<AppConfig>;
  /** Keeps pages open from one test to the next, for a spec whose tests carry on one session in turn. */
  keepPages?: boolean;
}

/**
 * A browser spec's world: the app with one instance and a Chromium, started before the file's
 * tests, every page closed after each test and everything at the end. Its fields are set once the
 * spec's `beforeAll` has run, so tests (not the describe body) read them.
 */
export class BrowserSpec {
  app!: TestApp;
  given!: Given;
  instance!: GivenTenant;
  browser!: TestBrowser;

  /** Registers the spec file's set-up and tear-down (call it in the describe body); the instance is made with `tenant`. */
  static start(tenant: TenantOptions = {}, options: BrowserSpecOptions = {}): BrowserSpec {
    const spec = new BrowserSpec();
    // A test that signs in at two widths and checks each with axe can pass a minute on a busy machine.
    jest.setTimeout(BROWSER_TEST_MS);
    beforeAll(async () => {
      ({ app: spec.app, given: spec.given, instance: spec.instance } = await startWithInstance(tenant, options.config?.()));
      spec.browser = await TestBrowser.launch();
    });
    if (!options.keepPages) afterEach(() => spec.browser.closePages());
    afterAll(async () => {
      await spec.browser?.close();
      await spec.app?.close();
    });
    return spec;
  }

  /** The full address of a path in the instance ('' for its home page). */
  at(path: string): string {
    return `${this.app.url}/${this.instance.slug}${path}`;
  }

  /** A fresh window, signed in as the member through the instance's sign-in page, on its home page. */
  signedIn(member: SignsIn, options: BrowserContextOptions = {}): Promise<Page> {
    return this.browser.signedIn(this.at(''), member, options);
  }

  /** Goes to the idea's page and waits for its title. */
  async openIdea(page: Page, ideaId: string, title: string): Promise<void> {
    await page.goto(this.at(`/ideas/${ideaId}`));
    await heading(page, title);
  }
}
