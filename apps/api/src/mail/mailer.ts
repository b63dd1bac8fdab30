import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, LOGGER } from '../config/config.module';
import type { RenderedEmail } from './mail-templates';

export interface OutgoingEmail extends RenderedEmail {
  to: string;
  /** A link that unsubscribes without signing in, also offered to mail clients' own button. */
  unsubscribeUrl?: string;
}

/**
 * Sends e-mail over SMTP_URL; with none set, writes each message as an .eml file under
 * DATA_DIR/outbox, so a local run works end to end and the messages can be opened in any client.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter;
  private readonly outbox?: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly log: Logger,
  ) {
    if (config.smtpUrl) {
      this.transport = nodemailer.createTransport(config.smtpUrl);
    } else {
      this.outbox = join(config.dataDir, 'outbox');
      this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    }
  }

  async send(email: OutgoingEmail): Promise<void> {
    const info = await this.transport.sendMail({
      from: this.config.mailFrom,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      headers: email.unsubscribeUrl
        ? { 'List-Unsubscribe': `<${email.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
        : undefined,
    });
    if (this.outbox) {
      await mkdir(this.outbox, { recursive: true });
      const file = join(this.outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`);
      await writeFile(file, (info as { message: Buffer }).message);
      this.log.info({ file, subject: email.subject }, 'no SMTP_URL set: e-mail written to the outbox folder');
    }
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
