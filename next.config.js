// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A second development server (a private stack on other ports) needs its own build folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // No page uses next/image; the optimizer endpoint would only be something to attack.
  images: { unoptimized: true },
};

export default nextConfig;
