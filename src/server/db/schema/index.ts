export * from "./accounts.ts";
export * from "./network.ts";
export * from "./prepare.ts";
