import { connect } from "node:net";

import type { ProbeContext } from "../context";
import { resolveChecked } from "../net/network-policy";
import { fail, pass, type CheckRunner } from "./types";

export function targetPort(url: URL): number {
  return Number(url.port) || (url.protocol === "https:" ? 443 : 80);
}

export function resolveTarget(ctx: ProbeContext) {
  const { policy, resolver } = ctx.options.limits;
  return ctx.once("dns", () => resolveChecked(ctx.url.hostname, targetPort(ctx.url), policy, resolver));
}

export const checkDns: CheckRunner = async (ctx) => {
  const answer = await resolveTarget(ctx);
  return pass(`${ctx.url.hostname} resolves to ${answer.all.join(", ")}.`);
};

export const checkConnect: CheckRunner = async (ctx) => {
  const { address } = await resolveTarget(ctx);
  const port = targetPort(ctx.url);
  const started = performance.now();
  const error = await new Promise<string | null>((resolve) => {
    const socket = connect({ host: address, port, timeout: 5000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve(null);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve("no answer within 5 s (a firewall dropping packets, or the wrong address)");
    });
    socket.once("error", (e: NodeJS.ErrnoException) =>
      resolve(e.code === "ECONNREFUSED" ? "connection refused: nothing listens on that port" : (e.code ?? e.message)),
    );
  });
  const where = `${address} port ${port}`;
  if (error) return fail(`Could not connect to ${where}: ${error}.`);
  return pass(`Connected to ${where} in ${Math.round(performance.now() - started)} ms.`);
};
