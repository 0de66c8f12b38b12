import { z } from 'zod';
import { ContentPack } from './contentPack.ts';

/** JSON Schema for editors (VS Code etc.); cross-reference checks stay in zod. */
export function contentPackJsonSchemaText(): string {
  const schema = z.toJSONSchema(ContentPack, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Preceptor content pack (schema version 1)' }, null, 2)}\n`;
}
