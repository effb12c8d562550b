# One image for every role: docker run shopstream --role=processor
FROM denoland/deno:2.9.6
WORKDIR /app
COPY deno.json deno.lock ./
COPY main.ts ./
COPY src ./src
COPY static ./static
RUN deno cache main.ts
EXPOSE 8000
ENTRYPOINT ["deno", "run", "-A", "main.ts"]
CMD ["--role=all"]
