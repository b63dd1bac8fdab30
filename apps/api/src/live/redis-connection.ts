import { EventEmitter } from 'node:events';
import { connect, type Socket } from 'node:net';

type Reply = string | number | null | Error | Reply[];

/** Thrown inside the parser when the buffer ends mid-reply; the caller waits for more bytes. */
const INCOMPLETE = Symbol('incomplete');

/** Reads one RESP2 reply from `buffer` at `at`; returns it with the offset just past it. */
function readReply(buffer: Buffer, at: number): [Reply, number] {
  const lineEnd = buffer.indexOf('\r\n', at);
  if (lineEnd < 0) throw INCOMPLETE;
  const type = String.fromCharCode(buffer[at]);
  const line = buffer.toString('utf8', at + 1, lineEnd);
  const next = lineEnd + 2;
  switch (type) {
    case '+':
      return [line, next];
    case '-':
      return [new Error(line), next];
    case ':':
      return [Number(line), next];
    case '$': {
      const length = Number(line);
      if (length < 0) return [null, next];
      if (buffer.length < next + length + 2) throw INCOMPLETE;
      return [buffer.toString('utf8', next, next + length), next + length + 2];
    }
    case '*': {
      const count = Number(line);
      if (count < 0) return [null, next];
      const items: Reply[] = [];
      let offset = next;
      for (let i = 0; i < count; i++) {
        const [item, after] = readReply(buffer, offset);
        items.push(item);
        offset = after;
      }
      return [items, offset];
    }
    default:
      throw new Error(`unexpected RESP type byte ${JSON.stringify(type)}`);
  }
}

function encodeCommand(args: string[]): Buffer {
  const parts = [`*${args.length}\r\n`];
  for (const arg of args) parts.push(`$${Buffer.byteLength(arg)}\r\n${arg}\r\n`);
  return Buffer.from(parts.join(''));
}

/**
 * One connection to Redis speaking RESP2, enough for pub/sub: commands answer in order, and
 * once subscribed, pushed messages are emitted as 'message' (channel, text). It never reconnects
 * itself: it emits 'close' once, and its owner decides when to make a new one.
 */
export class RedisConnection extends EventEmitter {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly pending: Array<{ resolve: (reply: Reply) => void; reject: (error: Error) => void }> = [];
  private closed = false;

  private constructor(private readonly socket: Socket) {
    super();
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.onClose());
  }

  /** Opens a connection to a redis://[:password@]host:port[/db] URL. */
  static open(url: string, timeoutMs = 5_000): Promise<RedisConnection> {
    const parsed = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = connect({ host: parsed.hostname || '127.0.0.1', port: Number(parsed.port || 6379) });
      const timer = setTimeout(() => socket.destroy(new Error('redis connection timed out')), timeoutMs);
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.once('connect', () => {
        clearTimeout(timer);
        const connection = new RedisConnection(socket);
        const password = decodeURIComponent(parsed.password);
        const db = parsed.pathname.slice(1);
        const setup: Promise<Reply>[] = [];
        if (password)
          setup.push(connection.command(parsed.username ? ['AUTH', decodeURIComponent(parsed.username), password] : ['AUTH', password]));
        if (db) setup.push(connection.command(['SELECT', db]));
        Promise.all(setup).then(
          () => resolve(connection),
          (error: Error) => {
            connection.close();
            reject(error);
          },
        );
      });
    });
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** Sends a command and resolves to its reply; an error reply rejects. */
  command(args: string[]): Promise<Reply> {
    if (this.closed) return Promise.reject(new Error('redis connection closed'));
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.socket.write(encodeCommand(args));
    });
  }

  publish(channel: string, message: string): Promise<Reply> {
    return this.command(['PUBLISH', channel, message]);
  }

  subscribe(channel: string): Promise<Reply> {
    return this.command(['SUBSCRIBE', channel]);
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    let offset = 0;
    for (;;) {
      let reply: Reply;
      try {
        [reply, offset] = readReply(this.buffer, offset);
      } catch (error) {
        if (error === INCOMPLETE) break;
        this.socket.destroy();
        return;
      }
      this.onReply(reply);
    }
    this.buffer = this.buffer.subarray(offset);
  }

  private onReply(reply: Reply): void {
    if (Array.isArray(reply) && reply[0] === 'message' && typeof reply[1] === 'string' && typeof reply[2] === 'string') {
      this.emit('message', reply[1], reply[2]);
      return;
    }
    const waiter = this.pending.shift();
    if (!waiter) return;
    if (reply instanceof Error) waiter.reject(reply);
    else waiter.resolve(reply);
  }

  private onClose(): void {
    if (this.closed) return;
    this.closed = true;
    for (const waiter of this.pending.splice(0)) waiter.reject(new Error('redis connection closed'));
    this.emit('close');
  }
}
