import type { AppConfig } from '../config/app-config';
import { Given, type GivenTenant, type TenantOptions } from './given';
import { startTestApp, type TestApp } from './test-app';

/** What most specs start from: the app, its factories and one instance to work in. */
export interface AppWithInstance {
  app: TestApp;
  given: Given;
  instance: GivenTenant;
}

/** Starts the app (with `config` over the test defaults) and makes one instance in it. */
export async function startWithInstance(tenant: TenantOptions = {}, config: Partial<AppConfig> = {}): Promise<AppWithInstance> {
  const app = await startTestApp(config);
  const given = new Given(app);
  return { app, given, instance: await given.tenant(tenant) };
}
