import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const VERSION = 'v1';

/**
 * Encrypts secrets we must use again later (an identity provider's client secret, a webhook's
 * signing secret) with AES-256-GCM under a key from the environment, so a copy of the database
 * alone does not give them away. Also signs short values (unsubscribe links) with HMAC.
 */
export class SecretBox {
  private readonly key: Buffer;
  private readonly signingKey: Buffer;

  constructor(secret: string) {
    this.key = createHash('sha256').update(`encrypt:${secret}`).digest();
    this.signingKey = createHash('sha256').update(`sign:${secret}`).digest();
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  open(sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  sign(value: string): string {
    return `${value}.${createHmac('sha256', this.signingKey).update(value).digest('base64url')}`;
  }

  /** The value of a signed string, or undefined when the signature does not match. */
  verify(signed: string): string | undefined {
    const cut = signed.lastIndexOf('.');
    if (cut <= 0) return undefined;
    const value = signed.slice(0, cut);
    const expected = Buffer.from(this.sign(value).slice(cut + 1));
    const given = Buffer.from(signed.slice(cut + 1));
    return expected.length === given.length && timingSafeEqual(expected, given) ? value : undefined;
  }
}
