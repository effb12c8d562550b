import assert from "node:assert/strict";
import { browsedCategories } from "./browse.ts";

Deno.test("a whole query naming a department or subcategory browses it", () => {
  assert.deepEqual(browsedCategories("Kitchen"), ["kitchen"]);
  assert.deepEqual(browsedCategories("kitchen knife"), [], "a kitchen knife is a knife");
});

Deno.test("a query of who it is for alone browses their departments", () => {
  const boys = browsedCategories("boys");
  assert.ok(boys.includes("fashion.kids") && boys.includes("toys.kids"), JSON.stringify(boys));
  assert.deepEqual(browsedCategories("toddlers"), boys, "one group, however it is said");
  assert.deepEqual(browsedCategories("puppy"), ["pets.dogs"]);
  assert.deepEqual(browsedCategories("boys shoes"), [], "shoes are the thing asked for");
  assert.deepEqual(browsedCategories("mens womens"), [], "two groups name no one department");
  assert.deepEqual(browsedCategories("dad"), browsedCategories("mens"), "who a gift is for");
  assert.deepEqual(browsedCategories("her"), browsedCategories("womens"));
  assert.deepEqual(browsedCategories("brother"), [], "Brother makes printers");
});
