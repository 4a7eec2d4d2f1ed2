# The API (GraphQL, GraphiQL, viewer) for docker-compose.yml; Neo4j runs in its own container.
#
# Node 24 LTS (supported until 2028-04-30; Node 20 reached end of life on 2026-04-30), pinned to
# one release. To pin the digest as well, where the registry can be reached:
#   docker buildx imagetools inspect node:24.11.1-bookworm-slim   # then NODE_IMAGE=node:24.11.1-bookworm-slim@sha256:…
ARG NODE_IMAGE=node:24.11.1-bookworm-slim

# 1. Build: the viewer and GraphiQL (Vite). The API needs no build: Node runs its TypeScript
#    sources itself, stripping the types, as `npm start` does.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx vite build

# 2. Production dependencies only, without install scripts.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# 3. Runtime: the API's sources, the files it reads (schema, Cypher, seed data, web build) and the
#    production dependencies, owned by root and run as the unprivileged `node` user.
FROM ${NODE_IMAGE}
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json schema.graphql ./
COPY api/src ./api/src
COPY common ./common
COPY cypher ./cypher
COPY data ./data
USER node
EXPOSE 4000
CMD ["node", "api/src/main.ts"]
