/**
 * What the digest is sent to in tests, all on 127.0.0.1: a real SMTP server
 * (`smtp-server`, with a password, refusing chosen recipients with 550) and one HTTP
 * listener standing in for the Slack, Teams and Google Chat webhooks, each under a
 * secret path and answering a status the test chooses.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** RCPT TO addresses of the transaction. */
  to: string[];
  raw: Buffer;
}

export interface SmtpReceiver {
  port: number;
  mails: ReceivedMail[];
  /** Recipients (lowercase) answered `550` at RCPT TO. */
  refuse: Set<string>;
  close(): Promise<void>;
}

export async function startSmtp(user: string, password: string): Promise<SmtpReceiver> {
  const mails: ReceivedMail[] = [];
  const refuse = new Set<string>();
  const server = new SMTPServer({
    logger: false,
    // Plain SMTP on loopback: the sender only insists on TLS for other hosts.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user });
      else callback(new Error('535 Authentication failed'));
    },
    onRcptTo(address, _session, callback) {
      if (!refuse.has(address.address.toLowerCase())) return callback();
      const error = Object.assign(new Error(`5.1.1 <${address.address}>: mailbox unavailable`), { responseCode: 550 });
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, mails, refuse, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface WebhookReceiver {
  base: string;
  /** Bodies received, by path. */
  received: Map<string, unknown[]>;
  /** Status to answer, by path (200 when not set). */
  status: Map<string, number>;
  close(): Promise<void>;
}

export async function startWebhooks(): Promise<WebhookReceiver> {
  const received = new Map<string, unknown[]>();
  const status = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      const code = status.get(path) ?? 200;
      if (code < 300) received.set(path, [...(received.get(path) ?? []), JSON.parse(Buffer.concat(chunks).toString('utf8'))]);
      response.writeHead(code, { 'content-type': 'text/plain' });
      // A failing service that echoes the request path back, as some do: it must not reach the log.
      response.end(code < 300 ? 'ok' : `invalid_payload for ${path}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { base: `http://127.0.0.1:${port}`, received, status, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
