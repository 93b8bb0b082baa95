DROP INDEX "people_search_trgm_idx";--> statement-breakpoint
CREATE INDEX "people_ws_search_trgm_idx" ON "people" USING gin ("workspace_id","search_text" gin_trgm_ops);