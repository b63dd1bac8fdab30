import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { compressedResponses, precompressedStatic } from './common/http/compressed-responses';
import { PinoNestLogger } from './common/logging/logger';
import { requestLogging } from './common/logging/request-logging';
import { graphqlRequestBody } from './common/graphql/request-body';
import type { AppConfig } from './config/app-config';
import { seedDemoIfEmpty } from './demo/demo-seed';
import { startEmbeddedPostgres, type DatabaseUrls, type RunningPostgres } from './database/embedded-postgres';
import { migrate } from './database/migrate';

export interface RunningApp {
  app: NestExpressApplication;
  url: string;
  urls: DatabaseUrls;
  close(): Promise<void>;
}

export interface CreateAppOptions {
  config: AppConfig;
  logger: Logger;
  /** An already-running database (tests share one); otherwise DATABASE_URL or the embedded one. */
  database?: DatabaseUrls;
}

/** Serves the built web app, sending every page route to index.html (the app routes in the browser). */
function serveWeb(app: NestExpressApplication, webDist: string): void {
  app.use(precompressedStatic(webDist));
  const index = join(webDist, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health') || req.path === '/metrics') return next();
    // Single sign-on's start and callback are the server's (sso/oidc.controller.ts).
    if (/^\/[^/]+\/auth\/oidc(\/|$)/.test(req.path)) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/**
 * Browser protections for the web app and the API alike. The built web app needs no inline script
 * or style (Vite emits files; React sets styles through the DOM), so the CSP allows neither.
 */
function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    frameguard: { action: 'deny' },
  });
}

export async function createApp({ config, logger, database }: CreateAppOptions): Promise<RunningApp> {
  let embedded: RunningPostgres | undefined;
  let urls: DatabaseUrls;
  if (database) urls = database;
  else if (config.databaseUrl) {
    urls = { appUrl: config.databaseUrl, ownerUrl: config.migrationDatabaseUrl ?? config.databaseUrl };
  } else {
    embedded = await startEmbeddedPostgres(config.dataDir, logger);
    urls = embedded;
  }
  try {
    await migrate(urls.ownerUrl, urls.appUrl, logger);
    const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, logger, urls.appUrl), {
      logger: new PinoNestLogger(logger),
      bodyParser: false,
    });
    app.set('trust proxy', config.trustProxyHops);
    app.disable('x-powered-by');
    app.use(requestLogging(logger));
    app.use(securityHeaders());
    app.use(compressedResponses());
    app.use(...graphqlRequestBody(config.maxBodyBytes));
    if (config.webDist) serveWeb(app, config.webDist);
    if (config.seedDemo) await seedDemoIfEmpty(app, logger);
    if (config.port === 0) await app.listen(0, '127.0.0.1');
    else await app.listen(config.port);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    // On a port picked at start (tests), links and the sign-on callback can only name it now.
    if (config.port === 0 && config.publicUrl === 'http://localhost:0') config.publicUrl = `http://127.0.0.1:${port}`;
    return {
      app,
      url: `http://127.0.0.1:${port}`,
      urls,
      close: async () => {
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
