import net from 'node:net';

/** One message as the sink received it, with the headers and text decoded for reading. */
export type SinkMessage = {
  /** The envelope: MAIL FROM and every RCPT TO. */
  from: string;
  recipients: string[];
  /** The message exactly as sent after DATA (dot-stuffing undone). */
  raw: string;
  /** Header names in lower case, values unfolded and decoded. */
  headers: Record<string, string>;
  subject: string;
  to: string;
  /** The body, transfer encoding undone. */
  text: string;
};

export type SmtpSinkOptions = {
  /**
   * Refuse with this reply (e.g. `451 4.7.1 Try again later`) at RCPT TO or at the end of the
   * message, the first `times` times (every time when absent).
   */
  reject?: { at: 'RCPT' | 'MESSAGE'; reply: string; times?: number };
};

export type SmtpSink = {
  port: number;
  /** `smtp://127.0.0.1:PORT`, for `config.smtpUrl`. */
  url: string;
  messages: SinkMessage[];
  /** Every command received, in order (e.g. to count tries). */
  commands: string[];
  close: () => Promise<void>;
};

/**
 * A tiny SMTP server on 127.0.0.1 for tests: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no
 * authentication and no TLS. It keeps what it receives and can refuse with a chosen reply.
 */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: SinkMessage[] = [];
  const commands: string[] = [];
  const sockets = new Set<net.Socket>();
  let rejected = 0;
  const rejectNow = (at: 'RCPT' | 'MESSAGE') => {
    const r = options.reject;
    if (!r || r.at !== at || (r.times !== undefined && rejected >= r.times)) return null;
    rejected++;
    return r.reply;
  };

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setEncoding('utf8');
    const say = (line: string) => socket.write(`${line}\r\n`);
    let buffer = '';
    let inData = false;
    let data: string[] = [];
    let from = '';
    let recipients: string[] = [];

    const command = (line: string) => {
      commands.push(line);
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO') return say('250-smtp-sink\r\n250-8BITMIME\r\n250 SMTPUTF8');
      if (verb === 'HELO') return say('250 smtp-sink');
      if (verb === 'MAIL') {
        from = address(line);
        recipients = [];
        return say('250 2.1.0 OK');
      }
      if (verb === 'RCPT') {
        const refusal = rejectNow('RCPT');
        if (refusal) return say(refusal);
        recipients.push(address(line));
        return say('250 2.1.5 OK');
      }
      if (verb === 'DATA') {
        if (!recipients.length) return say('503 5.5.1 No recipients');
        inData = true;
        data = [];
        return say('354 End data with <CR><LF>.<CR><LF>');
      }
      if (verb === 'RSET') {
        from = '';
        recipients = [];
        return say('250 2.0.0 OK');
      }
      if (verb === 'NOOP') return say('250 2.0.0 OK');
      if (verb === 'QUIT') {
        say('221 2.0.0 Bye');
        return socket.end();
      }
      return say('502 5.5.2 Command not recognized');
    };

    const dataLine = (line: string) => {
      if (line !== '.') {
        data.push(line.startsWith('.') ? line.slice(1) : line);
        return;
      }
      inData = false;
      const refusal = rejectNow('MESSAGE');
      if (refusal) return say(refusal);
      messages.push(parseMessage(from, recipients, data.join('\r\n')));
      say('250 2.0.0 Queued');
    };

    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) dataLine(line);
        else command(line);
      }
    });
    say('220 smtp-sink ESMTP ready');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    commands,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

const address = (line: string) => /<([^>]*)>/.exec(line)?.[1] ?? '';

function parseMessage(from: string, recipients: string[], raw: string): SinkMessage {
  const split = raw.indexOf('\r\n\r\n');
  const head = split >= 0 ? raw.slice(0, split) : raw;
  const body = split >= 0 ? raw.slice(split + 4) : '';
  const headers: Record<string, string> = {};
  for (const field of head.split(/\r\n(?![ \t])/)) {
    const colon = field.indexOf(':');
    if (colon < 0) continue;
    const name = field.slice(0, colon).trim().toLowerCase();
    headers[name] = decodeWords(
      field
        .slice(colon + 1)
        .replace(/\r\n[ \t]+/g, ' ')
        .trim(),
    );
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : body;
  return {
    from,
    recipients,
    raw,
    headers,
    subject: headers.subject ?? '',
    to: headers.to ?? '',
    text: text.replace(/\r\n/g, '\n'),
  };
}

function decodeQuotedPrintable(s: string): string {
  const escaped = s
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})|[\s\S]/gi, (c, hex?: string) => (hex ? `%${hex}` : encodeURIComponent(c)));
  return decodeURIComponent(escaped);
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`), adjacent ones joined. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_m, _charset: string, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}
