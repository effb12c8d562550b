/**
 * What tests that start services of their own (a dedicated broker, a loopback cluster)
 * share: where scripts/services.sh keeps the fetched jars, and whether a port is free.
 *
 * @module
 */

const ROOT = new URL("../../", import.meta.url).pathname;

/**
 * The cache scripts/services.sh fetched into: `$SHOPSTREAM_SERVICES_DIR/cache`, this
 * checkout's `.services/cache`, or (in a git worktree) the main checkout's; the first
 * that holds every path of `needs` (relative to the cache).
 */
export async function servicesCache(needs: string[]): Promise<string | undefined> {
  const candidates: string[] = [];
  const dir = Deno.env.get("SHOPSTREAM_SERVICES_DIR");
  if (dir) candidates.push(`${dir}/cache`);
  candidates.push(`${ROOT}.services/cache`);
  const common = await new Deno.Command("git", { args: ["rev-parse", "--git-common-dir"], cwd: ROOT })
    .output().catch(() => undefined);
  if (common?.success) {
    const gitDir = new TextDecoder().decode(common.stdout).trim();
    candidates.push(`${gitDir.startsWith("/") ? gitDir : `${ROOT}${gitDir}`}/../.services/cache`);
  }
  for (const c of candidates) {
    try {
      for (const path of needs) await Deno.stat(`${c}/${path}`);
      return await Deno.realPath(c);
    } catch { /* next */ }
  }
  return undefined;
}

/** Whether nothing listens on 127.0.0.1:`port` right now. */
export function portFree(port: number): boolean {
  try {
    Deno.listen({ hostname: "127.0.0.1", port }).close();
    return true;
  } catch {
    return false;
  }
}
