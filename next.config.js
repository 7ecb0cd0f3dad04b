// @ts-check

/**
 * BASE_PATH serves the UI under a path of another site (e.g. /account). It is
 * fixed when the UI is built: Next compiles it into routes and links.
 */
function basePath() {
  const raw = process.env.BASE_PATH?.trim() ?? "";
  if (raw === "" || raw === "/") return "";
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(raw)) {
    throw new Error(`BASE_PATH="${raw}" must look like /account: a leading slash, no trailing slash, letters, digits, . _ ~ - only.`);
  }
  return raw;
}

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A second development server (a private stack on other ports) needs its own build folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  basePath: basePath(),
  // Pages build links and Kratos return addresses from it (lib/http/app-path.ts).
  env: { BASE_PATH: basePath() },
  // No page uses next/image; the optimizer endpoint would only be something to attack.
  images: { unoptimized: true },
};

export default nextConfig;
