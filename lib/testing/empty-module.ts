// Stands in for the 'server-only' guard package when Vitest imports server modules.
export {};
