import type { RegisteredScript, ScriptRegistry } from '../src/deployment/playerRegistration.ts';

/** chrome.scripting's registry as Chrome keeps it: registering an id twice fails, updating a missing one fails. */
export function chromeLikeRegistry(start: RegisteredScript[] = []) {
  const scripts = new Map(start.map((s) => [s.id, { ...s }]));
  const calls: string[] = [];
  const registry: ScriptRegistry = {
    async getRegisteredContentScripts(filter) {
      return [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)).map((s) => ({ ...s }));
    },
    async registerContentScripts(list) {
      calls.push('register');
      for (const s of list) if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      for (const s of list) scripts.set(s.id, { ...s });
    },
    async updateContentScripts(list) {
      calls.push('update');
      for (const s of list) {
        const old = scripts.get(s.id);
        if (!old) throw new Error(`Script with ID '${s.id}' does not exist`);
        scripts.set(s.id, { ...old, ...s });
      }
    },
    async unregisterContentScripts(filter) {
      calls.push('unregister');
      for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
    },
  };
  return { registry, scripts, calls };
}
