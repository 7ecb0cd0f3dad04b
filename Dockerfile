# The account UI as a container: `docker build -t kratos-account-ui .`
# The build stage makes /app with scripts/package-production.sh and the final
# stage runs it; tests/server/production-package.test.ts does the same (same
# script, same command, same health check), as no container engine runs in CI.

# Serving under a path of another site (see BASE_PATH in the README) is fixed at build time.
ARG BASE_PATH=""

FROM node:24-bookworm-slim AS build
ARG BASE_PATH
WORKDIR /src
ENV NEXT_TELEMETRY_DISABLED=1 BASE_PATH=$BASE_PATH
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && scripts/package-production.sh /app

FROM node:24-bookworm-slim
ARG BASE_PATH
ENV BASE_PATH=$BASE_PATH \
    NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
# Owned by root and run as the image's unprivileged `node` user: the server cannot rewrite its own code.
COPY --from=build /app /app
RUN mkdir -p /app/.next/cache && chown node:node /app/.next/cache
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}${process.env.BASE_PATH ?? \"\"}/health/ready`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node itself, not `npm start`: npm would not pass SIGTERM on, and the server drains on SIGTERM.
CMD ["node", "--max-old-space-size=256", "dist/server.js"]
