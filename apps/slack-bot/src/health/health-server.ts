import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Db } from "@tertial/store";
import { BotStartError } from "../startup/slack-failure.ts";
import { HEALTH_PATH, respondHealth } from "./health-check.ts";

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Socket Mode has no HTTP server of its own: with HEALTH_PORT, this one serves GET /healthz (and 404
 * for anything else). A port that cannot be bound stops the start with one line.
 */
export async function startHealthServer(db: Db, port: number, host: string | undefined): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path === HEALTH_PATH && req.method === "GET") {
      respondHealth(db, "socket", res);
      return;
    }
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end("not found\n");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error) =>
      reject(new BotStartError(`The Slack bot cannot start: HEALTH_PORT ${port} cannot be used: ${error.message}.`)),
    );
    server.listen(host === undefined ? { port } : { port, host }, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
