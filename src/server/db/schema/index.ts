export * from "./accounts.ts";
export * from "./derived.ts";
export * from "./followups.ts";
export * from "./network.ts";
export * from "./prepare.ts";
