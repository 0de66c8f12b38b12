// Writes shared/content-pack.schema.json from the zod schema (a test keeps it in sync).
import { writeFileSync } from 'node:fs';
import { contentPackJsonSchemaText } from '../src/schema/contentPackJsonSchema.ts';

const target = new URL('../content-pack.schema.json', import.meta.url);
writeFileSync(target, contentPackJsonSchemaText());
console.log(`wrote ${target.pathname}`);
