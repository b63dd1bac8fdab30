import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { Allow } from '../auth/allow.decorator';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, LOGGER } from '../config/config.module';
import { SSO_RETURN_PATH } from './sso-paths';
import { SsoFailed, SsoService } from './sso.service';

const COOKIE = 'ix_oidc';

function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * GET /<slug>/auth/oidc leaves for the instance's identity provider; the provider sends the
 * browser back to /<slug>/auth/oidc/callback, which hands the web app its sign-in in the URL's
 * fragment (never sent to any server, so it stays out of logs and referrers).
 */
@Controller(':slug/auth/oidc')
export class OidcController {
  constructor(
    private readonly sso: SsoService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  @Get()
  @Allow.anyone()
  async start(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    try {
      const { location, pending } = await this.sso.start(slug);
      res.cookie(COOKIE, pending, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.config.publicUrl.startsWith('https:'),
        path: `/${slug}/auth/oidc`,
        maxAge: 10 * 60 * 1000,
      });
      res.redirect(302, location);
    } catch (error) {
      this.failed(res, slug, error);
    }
  }

  @Get('callback')
  @Allow.anyone()
  async callback(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.clearCookie(COOKIE, { path: `/${slug}/auth/oidc` });
    try {
      const callbackUrl = new URL(req.originalUrl, `${this.config.publicUrl}/`);
      const session = await this.sso.finish(slug, callbackUrl, cookieOf(req, COOKIE));
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, `/${encodeURIComponent(slug)}/${SSO_RETURN_PATH}#token=${encodeURIComponent(session.token)}`);
    } catch (error) {
      this.failed(res, slug, error);
    }
  }

  private failed(res: Response, slug: string, error: unknown): void {
    const reason = error instanceof SsoFailed ? error.reason : 'provider';
    if (!(error instanceof SsoFailed)) this.log.error({ err: error, slug }, 'single sign-on failed');
    res.redirect(302, `/${encodeURIComponent(slug)}/sign-in?sso=${reason}`);
  }
}
