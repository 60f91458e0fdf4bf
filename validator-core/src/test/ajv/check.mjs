// Validates every case AgreementCases wrote (examples and generated mutations, with pushcheck's
// verdict) against the exported entry schema of its version, using ajv alone, and fails if any
// verdict differs. Usage: node check.mjs SCHEMAS_DIR CASES.jsonl, where SCHEMAS_DIR holds one
// folder per version as `pushcheck schemas export` writes it.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";

const [schemasDir, casesFile] = process.argv.slice(2);
if (!schemasDir || !casesFile) {
  console.error("usage: node check.mjs SCHEMAS_DIR CASES.jsonl");
  process.exit(2);
}

const baseUri = "https://pushcheck.dev/schemas/agent-chat/";
const versions = readdirSync(schemasDir).filter((name) => statSync(join(schemasDir, name)).isDirectory());
// pushcheck's annotations are declared as keywords so unknown keywords still fail (strictSchema);
// ajv's stylistic lints (strictTypes: "properties" without "type") are not JSON Schema rules;
// format is an annotation in these schemas (pushcheck does not assert it either).
const ajv = new Ajv2020({
  strictSchema: true, strictTypes: false, strictTuples: false, strictRequired: false,
  validateFormats: false, allErrors: false,
});
ajv.addVocabulary(["x-open-enum", "x-replaced-by", "x-fragment", "x-delisted"]);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

for (const version of versions) {
  for (const file of files(join(schemasDir, version))) {
    ajv.addSchema(JSON.parse(readFileSync(file, "utf8")));
  }
}

const validators = new Map();
function entry(version, kind) {
  const id = `${baseUri}${version}/${kind}.schema.json`;
  if (!validators.has(id)) {
    const validate = ajv.getSchema(id);
    if (!validate) throw new Error(`no entry schema ${id}`);
    validators.set(id, validate);
  }
  return validators.get(id);
}

let passed = 0;
let failed = 0;
for (const line of readFileSync(casesFile, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const c = JSON.parse(line);
  const ajvValid = entry(c.version, c.kind)(c.message);
  if (ajvValid === c.pushcheckValid) {
    passed++;
  } else {
    failed++;
    if (failed <= 20) {
      console.error(`disagreement on ${c.name}: pushcheck ${c.pushcheckValid ? "valid" : "invalid"}, ajv ${ajvValid ? "valid" : "invalid"}`);
      if (!ajvValid) console.error(JSON.stringify(entry(c.version, c.kind).errors?.slice(0, 3)));
    }
  }
}
console.log(`ajv agreement: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
