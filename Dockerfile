# One image for every role:  docker run shopstream:latest --role=processor
# (compose.yaml builds it once and runs seed, processor, generator and api from it).
FROM denoland/deno:2.9.6
WORKDIR /app

# The repo's runtime parts only (not .git, .tools, .services, tests): config and lockfile
# first, then the sources; `deno cache` resolves every import, npm packages included,
# into the image so containers start without network access to registries.
COPY deno.json deno.lock ./
COPY main.ts ./
COPY src ./src
COPY static ./static
RUN deno cache main.ts

EXPOSE 8000
ENTRYPOINT ["deno", "run", "-A", "main.ts"]
CMD ["--role=all"]
