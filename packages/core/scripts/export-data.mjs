// Writes the downloads for people who do not use TypeScript into dist/downloads/:
// dataset.json, one CSV per table, dataset.schema.json and datapackage.json.
// The dataset is parsed through the zod schemas first, so a broken record fails the build.
import { mkdir, writeFile } from 'node:fs/promises';
import { CSV_TABLES, csvFileName, datapackageDescriptor, dataset, toCsv } from '../dist/index.js';
import { datasetJsonSchema, parseDataset } from '../dist/schema.js';

const parsed = parseDataset(dataset);
if (!parsed.ok) {
  for (const issue of parsed.issues) console.error(`dataset: ${issue.path}: ${issue.message}`);
  process.exit(1);
}

const out = new URL('../dist/downloads/', import.meta.url);
await mkdir(out, { recursive: true });
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
await writeFile(new URL('dataset.json', out), json(dataset));
await writeFile(new URL('dataset.schema.json', out), json(datasetJsonSchema()));
await writeFile(new URL('datapackage.json', out), json(datapackageDescriptor(dataset)));
for (const table of CSV_TABLES) {
  await writeFile(new URL(csvFileName(table.name), out), toCsv(table, dataset));
}
console.log(
  `dist/downloads: dataset.json, dataset.schema.json, datapackage.json, ${CSV_TABLES.length} CSV files`,
);
