import { EmbeddedCatalog } from "../../src/store/embedded/catalog.ts";
import { CONTRACT_PRODUCTS, searchContract } from "./search_contract.ts";

let ready: Promise<EmbeddedCatalog> | undefined;
const catalog = () =>
  ready ??= (async () => {
    const c = new EmbeddedCatalog();
    await c.index(CONTRACT_PRODUCTS);
    return c;
  })();

searchContract((name, fn) => Deno.test(`[embedded search] ${name}`, fn), catalog);
