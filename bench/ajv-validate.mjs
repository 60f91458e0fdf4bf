// The peer of bench/ajv.sh: what a user who loads pushcheck's exported schemas into ajv 8 writes.
// Compiles the version's push entry schema (all errors, formats not asserted, as pushcheck does)
// and validates a JSON Lines capture line by line. Usage: node ajv-validate.mjs SCHEMAS_DIR CAPTURE.jsonl
import { createReadStream, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import Ajv2020 from "ajv/dist/2020.js";

const [dir, capture] = process.argv.slice(2);
// pushcheck's annotations declared as keywords (strict mode refuses unknown ones); format not
// asserted, as pushcheck does not assert it.
const ajv = new Ajv2020({
  allErrors: true, strictTypes: false, strictTuples: false, strictRequired: false, validateFormats: false,
});
ajv.addVocabulary(["x-open-enum", "x-replaced-by", "x-fragment", "x-delisted"]);
const files = (d) =>
  readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : [join(d, n)]));
let entry;
for (const file of files(dir)) {
  const schema = JSON.parse(readFileSync(file, "utf8"));
  ajv.addSchema(schema);
  if (file.endsWith("push.schema.json")) entry = schema.$id;
}
const validate = ajv.getSchema(entry);
let valid = 0, invalid = 0, unreadable = 0;
for await (const line of createInterface({ input: createReadStream(capture), crlfDelay: Infinity })) {
  if (!line) continue;
  let message;
  try { message = JSON.parse(line); } catch { unreadable++; continue; }
  if (validate(message)) valid++; else invalid++;
}
console.log(`${valid + invalid + unreadable} messages: ${valid} valid, ${invalid} invalid, ${unreadable} unreadable`);
