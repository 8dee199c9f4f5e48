# syntax=docker/dockerfile:1

# Build: the TypeScript and the staff app, then only the production dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && rm -rf dist/test dist/bench \
 && npm prune --omit=dev --no-audit --no-fund

# Runtime: Node 20, tini as PID 1 forwarding SIGTERM, a non-root user, no secrets (they come at run time).
FROM node:20-bookworm-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    PORT=3000 \
    METRICS_PORT=9464 \
    DATA_DIR=/app/var
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web-admin/dist ./web-admin/dist
RUN mkdir -p /app/var && chown node:node /app/var
USER node
EXPOSE 3000 9464
# /healthz of the metrics port answers in every role (api, bot, jobs); the API's own port when METRICS_PORT is empty.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.METRICS_PORT||process.env.PORT||3000}/healthz`).then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/api/main.js"]
