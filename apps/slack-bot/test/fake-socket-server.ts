import { createHash } from "node:crypto";
import { EventEmitter } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * A minimal Socket Mode endpoint on 127.0.0.1: a WebSocket server (RFC 6455 text, ping/pong and close
 * frames; no extensions) that says hello, sends envelopes and records the client's acks. Written by hand
 * because the `ws` package is not installed here (@slack/socket-mode 3 uses undici's WebSocket client).
 */
export interface FakeSocketServer {
  url: string;
  /** Resolves when a client has connected (and was sent hello). */
  connected(): Promise<void>;
  /** Sends an envelope and resolves with the client's ack ({ envelope_id, payload? }). */
  sendEnvelope(envelope: {
    envelope_id: string;
    type: string;
    payload: unknown;
    retry_attempt?: number;
    retry_reason?: string;
  }): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

export async function startFakeSocketServer(): Promise<FakeSocketServer> {
  const events = new EventEmitter();
  const sockets = new Set<Socket>();
  let client: Socket | null = null;
  const server: Server = createServer((_req, res) => {
    res.writeHead(426);
    res.end();
  });
  server.on("upgrade", (req, socket: Socket) => {
    const key = req.headers["sec-websocket-key"];
    if (typeof key !== "string") {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => sockets.delete(socket));
    const accept = createHash("sha1")
      .update(key + GUID)
      .digest("base64");
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    client = socket;
    let buffered = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        const frame = readFrame(buffered);
        if (frame === null) break;
        buffered = buffered.subarray(frame.length);
        if (frame.opcode === 0x1) events.emit("text", frame.payload.toString("utf8"));
        else if (frame.opcode === 0x9) socket.write(encodeFrame(0xa, frame.payload));
        else if (frame.opcode === 0x8) {
          socket.end(encodeFrame(0x8, frame.payload.subarray(0, 2)));
        }
      }
    });
    socket.write(
      encodeFrame(
        0x1,
        Buffer.from(
          JSON.stringify({
            type: "hello",
            num_connections: 1,
            debug_info: { host: "fake" },
            connection_info: { app_id: "A0000001" },
          }),
        ),
      ),
    );
    events.emit("connected");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `ws://127.0.0.1:${port}/link/?ticket=test`,
    connected: () =>
      client !== null ? Promise.resolve() : new Promise((resolve) => events.once("connected", () => resolve())),
    sendEnvelope(envelope) {
      const socket = client;
      if (socket === null) return Promise.reject(new Error("no Socket Mode client connected"));
      return new Promise((resolve) => {
        const onText = (text: string) => {
          const message = JSON.parse(text) as Record<string, unknown>;
          if (message["envelope_id"] !== envelope.envelope_id) return;
          events.off("text", onText);
          resolve(message);
        };
        events.on("text", onText);
        socket.write(
          encodeFrame(
            0x1,
            Buffer.from(
              JSON.stringify({
                accepts_response_payload: envelope.type !== "events_api",
                retry_attempt: 0,
                retry_reason: "",
                ...envelope,
              }),
            ),
          ),
        );
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function encodeFrame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const head =
    length < 126 ? Buffer.from([0x80 | opcode, length]) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (length >= 126 && length < 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 126;
    head.writeUInt16BE(length, 2);
  } else if (length >= 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([head, payload]);
}

/** One complete client frame (masked, unfragmented) at the start of `data`, or null when more bytes are needed. */
function readFrame(data: Buffer): { opcode: number; payload: Buffer; length: number } | null {
  if (data.length < 2) return null;
  const first = data.readUInt8(0);
  const second = data.readUInt8(1);
  let length = second & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (data.length < 4) return null;
    length = data.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (data.length < 10) return null;
    length = Number(data.readBigUInt64BE(2));
    offset = 10;
  }
  const masked = (second & 0x80) !== 0;
  const maskOffset = offset;
  if (masked) offset += 4;
  if (data.length < offset + length) return null;
  const payload = Buffer.from(data.subarray(offset, offset + length));
  if (masked) {
    for (let i = 0; i < payload.length; i += 1) payload[i] = (payload[i] ?? 0) ^ (data[maskOffset + (i % 4)] ?? 0);
  }
  return { opcode: first & 0x0f, payload, length: offset + length };
}
