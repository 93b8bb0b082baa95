export * from "./accounts.ts";
export * from "./followups.ts";
export * from "./network.ts";
export * from "./prepare.ts";
