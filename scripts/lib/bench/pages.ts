// What a page weighs as it arrives: its HTML, the RSC payload inlined in it, and
// the JavaScript a modern browser loads with it (gzip, as it travels compressed).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { repoRoot } from "../kratos-module";
import type { Target } from "./load";

/** Where the weighed pages are kept, to look at what makes them heavy. */
export const pagesDir = path.join(repoRoot, ".data", "bench", "pages");

export type PageWeight = { htmlBytes: number; rscBytes: number; jsGzipBytes: number; scripts: string[] };

// Next streams the RSC payload into the page as `self.__next_f.push(...)` scripts.
const FLIGHT_SCRIPT = /<script\b[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g;
// Script files the browser loads: <script src> without nomodule (modern browsers skip those).
const SCRIPT_TAG = /<script\b([^>]*)>/g;
const SRC = /\bsrc="([^"]+)"/;

export async function weigh(target: Target): Promise<PageWeight> {
  const response = await fetch(new URL(target.path, target.server.origin), {
    headers: { accept: "text/html", ...(target.cookie ? { cookie: target.cookie } : {}) },
    redirect: "manual",
  });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`${target.name}: HTTP ${response.status} while weighing the page`);
  mkdirSync(pagesDir, { recursive: true });
  writeFileSync(path.join(pagesDir, `${target.name.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home"}.html`), html);
  let rscBytes = 0;
  for (const match of html.matchAll(FLIGHT_SCRIPT)) rscBytes += Buffer.byteLength(match[1] ?? "");
  const scripts = new Set<string>();
  for (const match of html.matchAll(SCRIPT_TAG)) {
    const attributes = match[1] ?? "";
    const src = SRC.exec(attributes)?.[1];
    if (!src || /\bnomodule\b/i.test(attributes)) continue;
    const url = new URL(src.replaceAll("&amp;", "&"), target.server.origin);
    // The page's own bundle only: a script from Kratos (webauthn.js) is not the UI's to weigh.
    if (url.origin === target.server.origin) scripts.add(url.href);
  }
  let jsGzipBytes = 0;
  for (const src of scripts) {
    const script = await fetch(src);
    if (script.status !== 200) throw new Error(`${target.name}: ${src} answered ${script.status}`);
    jsGzipBytes += gzipSync(Buffer.from(await script.arrayBuffer()), { level: 9 }).length;
  }
  return { htmlBytes: Buffer.byteLength(html), rscBytes, jsGzipBytes, scripts: [...scripts].map((src) => new URL(src).pathname) };
}
