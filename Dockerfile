# The API (GraphQL, GraphiQL, viewer) for docker-compose.yml; Neo4j runs in its own container.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx vite build
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
CMD ["npx", "tsx", "api/src/main.ts"]
