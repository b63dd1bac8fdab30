import { SMTPServer } from 'smtp-server';

/** One message the catcher received, parsed into the parts a reader sees. */
export interface CaughtEmail {
  to: string[];
  subject: string;
  headers: Record<string, string>;
  text: string;
  html: string;
}

function decodeWords(value: string): string {
  // Whitespace between two encoded words is folding, not text (RFC 2047).
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_all, kind: string, body: string) =>
      kind.toLowerCase() === 'b' ? Buffer.from(body, 'base64').toString('utf8') : decodeQuotedPrintable(body.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = [];
  const unwrapped = body.replace(/=\r?\n/g, '');
  for (let i = 0; i < unwrapped.length; i++) {
    if (unwrapped[i] === '=' && /^[0-9A-F]{2}$/i.test(unwrapped.slice(i + 1, i + 3))) {
      bytes.push(parseInt(unwrapped.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(unwrapped[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function splitEntity(raw: string): { headers: Record<string, string>; body: string } {
  const cut = raw.search(/\r?\n\r?\n/);
  const head = cut < 0 ? raw : raw.slice(0, cut);
  const body = cut < 0 ? '' : raw.slice(cut).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function decodeBody(headers: Record<string, string>, body: string): string {
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}

/** Reads a MIME message: its headers and its text and HTML parts (nested multiparts included). */
export function parseEmail(raw: string, to: string[] = []): CaughtEmail {
  const { headers, body } = splitEntity(raw);
  const found = { text: '', html: '' };
  const walk = (partHeaders: Record<string, string>, partBody: string) => {
    const type = partHeaders['content-type'] ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (type.toLowerCase().startsWith('multipart/') && boundary) {
      for (const chunk of partBody.split(`--${boundary}`).slice(1)) {
        if (chunk.startsWith('--')) break;
        const part = splitEntity(chunk.replace(/^\r?\n/, ''));
        walk(part.headers, part.body);
      }
    } else if (type.toLowerCase().startsWith('text/html')) found.html += decodeBody(partHeaders, partBody);
    else if (type.toLowerCase().startsWith('text/plain')) found.text += decodeBody(partHeaders, partBody);
  };
  walk(headers, body);
  return { to, subject: decodeWords(headers.subject ?? ''), headers, text: found.text.replace(/\r\n/g, '\n'), html: found.html };
}

/** A real SMTP server on a free local port that keeps what it receives, for tests. */
export class MailCatcher {
  readonly messages: CaughtEmail[] = [];
  private waiters: Array<() => void> = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly url: string,
  ) {}

  static async start(): Promise<MailCatcher> {
    // The server exists before the catcher that keeps its messages.
    const holder: { catcher?: MailCatcher } = {};
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      logger: false,
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          holder.catcher?.receive(parseEmail(Buffer.concat(chunks).toString('utf8'), to));
          done();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    holder.catcher = new MailCatcher(server, `smtp://127.0.0.1:${port}`);
    return holder.catcher;
  }

  private receive(email: CaughtEmail): void {
    this.messages.push(email);
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Messages sent to one address so far. */
  to(address: string): CaughtEmail[] {
    return this.messages.filter((message) => message.to.includes(address));
  }

  /** The first message to the address that matches, waiting for it to arrive. */
  async waitFor(address: string, match: (email: CaughtEmail) => boolean = () => true, timeoutMs = 10_000): Promise<CaughtEmail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.to(address).find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`no e-mail to ${address} arrived; got: ${this.messages.map((m) => `${m.to} ${m.subject}`).join('; ')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The first link in an e-mail's text part that starts with this prefix. */
export function linkIn(email: CaughtEmail, prefix: string): URL {
  const url = email.text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!url) throw new Error(`no link starting ${prefix} in:\n${email.text}`);
  return new URL(url);
}
