#!/usr/bin/env bash
# Puts the built UI (`npm run build`) and only its production dependencies into
# one folder that runs with `node dist/server.js`. The Dockerfile's build stage
# runs this script, and tests/server/production-package.test.ts runs it too, so
# what the image holds is tested without a container engine.
set -euo pipefail
dest="${1:?usage: scripts/package-production.sh <empty or new folder>}"
cd "$(dirname "$0")/.."

step() { printf '==> %s\n' "$*"; }

if [ ! -f dist/server.js ] || [ ! -f .next/BUILD_ID ]; then
  echo "✖ No build here: run \`npm run build\` first." >&2
  exit 1
fi
if [ -e "$dest" ] && [ -n "$(ls -A "$dest")" ]; then
  echo "✖ $dest is not empty." >&2
  exit 1
fi

step "Copying the build to $dest"
mkdir -p "$dest/.next"
cp package.json package-lock.json next.config.js "$dest/"
cp -R dist "$dest/dist"
# The build cache, traces and generated types are for builds, not for serving.
tar -C .next --exclude=./cache --exclude=./dev --exclude=./types --exclude=./trace --exclude=./trace-build --exclude=./diagnostics -cf - . \
  | tar -C "$dest/.next" -xf -
if [ -d public ]; then cp -R public "$dest/public"; fi

step "Installing the production dependencies (npm ci --omit=dev --omit=optional)"
# Next's optional packages are for building (SWC binaries), next/image (sharp,
# unused here) and its test runner peer (Playwright); serving needs none of them.
(cd "$dest" && npm ci --omit=dev --omit=optional --no-audit --no-fund)
step "Packaged: $(du -sh "$dest" | cut -f1) in $dest; start it with \`npm start\` there"
