# One image for every role; the role comes from the command line or the ROLE variable:
#   docker run shopstream:latest --role=processor     docker run -e ROLE=api shopstream:latest
# (no role at all = --role=all, the embedded demo). compose.yaml builds it once and runs
# init/seed/processor/generator/api from it.
ARG DENO_VERSION=2.9.6

# ---- build: resolve every dependency into DENO_DIR, honouring deno.lock ----
FROM denoland/deno:debian-${DENO_VERSION} AS build
WORKDIR /app
# Dependencies first, in their own layer: rebuilt only when deno.json or deno.lock change.
# --frozen fails the build instead of silently updating the lockfile.
COPY deno.json deno.lock ./
RUN deno install --frozen
# Then the runtime parts of the repo (.dockerignore keeps tests, tools and state out).
COPY main.ts ./
COPY src ./src
COPY static ./static
# Everything main.ts loads is now in DENO_DIR (deno.json is imported by main.ts, so it stays).
RUN deno cache --frozen main.ts && mkdir -p /app/.data

# ---- runtime: distroless (no shell, no package manager), non-root ----
FROM denoland/deno:distroless-${DENO_VERSION}
WORKDIR /app
# The deno user of the Debian image (uid 1993); distroless has no useradd, the numbers suffice.
COPY --from=build --chown=1993:1993 /deno-dir /deno-dir
COPY --from=build /app/deno.json /app/deno.lock /app/main.ts ./
COPY --from=build /app/src ./src
COPY --from=build /app/static ./static
# Embedded mode (--role=all without Kafka/Elasticsearch) keeps its state here.
COPY --from=build --chown=1993:1993 /app/.data ./.data
USER 1993:1993

EXPOSE 8000
# For the HTTP roles (all, api) on PORT (default 8000). There is no curl in this image: the
# probe is deno itself. Roles without HTTP override it (compose.yaml: processor asks Kafka
# whether it is in its consumer group; the generator has none) or run with --no-healthcheck.
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=6 \
  CMD ["/bin/deno", "eval", "--cached-only", "const r = await fetch(`http://127.0.0.1:${Deno.env.get('PORT') || 8000}/health`); Deno.exit(r.ok ? 0 : 1)"]
# tini (PID 1 in the base image) forwards SIGTERM so the processor writes its final checkpoint.
# --cached-only --frozen: a container never reaches for a registry, and runs what deno.lock pins.
ENTRYPOINT ["/tini", "--", "/bin/deno", "run", "-A", "--v8-flags=--max-semi-space-size=8,--heap-growing-percent=100", "--cached-only", "--frozen", "main.ts"]
CMD []
