import { config } from "@/lib/config";
import { brandStylesheet } from "@/lib/brand/brand-css";

/** The brand's colours (BRAND_PRIMARY), served as a stylesheet: the CSP allows no inline styles. */
export function GET(): Response {
  const { palettes } = config().brand;
  if (!palettes) return new Response("/* no brand colours configured */\n", { status: 404, headers: { "content-type": "text/css" } });
  return new Response(brandStylesheet(palettes), { headers: { "content-type": "text/css; charset=utf-8" } });
}
