// Validates JSON files against a JSON schema with ajv, for the .NET tests (and by hand).
//
//   node validate.mjs <schema.json> <file.json>... [--ref other.schema.json]...
//
// Draft-07 schemas (CycloneDX 1.6, the model card schema) use ajv's default class, draft-04 schemas (SARIF 2.1.0)
// ajv-draft-04. Formats come from ajv-formats plus ajv-formats-draft2019 (iri-reference, idn-email, … that CycloneDX
// uses). Prints one JSON object: { "valid": bool, "results": [{ "file", "valid", "errors": [...] }] }, and exits 0
// when every file is valid, 1 when one is not, 2 on bad arguments or an unreadable schema or file.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import Ajv from "ajv";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import addDraft2019Formats from "ajv-formats-draft2019";

function fail(message) {
  process.stdout.write(JSON.stringify({ valid: false, error: message }) + "\n");
  process.exit(2);
}

const args = process.argv.slice(2);
const refs = [];
const positional = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--ref") {
    if (i + 1 >= args.length) fail("--ref needs a schema file");
    refs.push(args[++i]);
  } else {
    positional.push(args[i]);
  }
}

if (positional.length < 2) fail("usage: node validate.mjs <schema.json> <file.json>... [--ref other.schema.json]");

function readJson(path) {
  try {
    return JSON.parse(readFileSync(resolve(path), "utf8"));
  } catch (e) {
    fail(`${path}: ${e.message}`);
  }
}

const schema = readJson(positional[0]);
const isDraft04 = typeof schema.$schema === "string" && schema.$schema.includes("draft-04");
const options = { allErrors: true, strict: false, validateFormats: true };
const ajv = isDraft04 ? new AjvDraft04(options) : new Ajv(options);
addFormats(ajv);
addDraft2019Formats(ajv);

for (const ref of refs) {
  const refSchema = readJson(ref);
  // CycloneDX refers to its companions by file name ("spdx.schema.json"); register them under that name too.
  const name = ref.split(/[\\/]/).pop();
  ajv.addSchema(refSchema, name);
}

let validate;
try {
  validate = ajv.compile(schema);
} catch (e) {
  fail(`${positional[0]}: the schema does not compile: ${e.message}`);
}

const results = [];
for (const file of positional.slice(1)) {
  const data = readJson(file);
  const valid = validate(data);
  results.push({ file, valid, errors: valid ? [] : validate.errors });
}

const allValid = results.every((r) => r.valid);
process.stdout.write(JSON.stringify({ valid: allValid, results }, null, 2) + "\n");
process.exit(allValid ? 0 : 1);
