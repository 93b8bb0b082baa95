-- The planner chooses between walking the name index (good for common words) and the
-- trigram index plus a sort (good for rare ones) from its estimate of how many people match
-- '%word%'. That estimate is read off the column's statistics sample: a larger sample makes
-- rare words look rare, so they take the trigram path.
ALTER TABLE "people" ALTER COLUMN "search_text" SET STATISTICS 1000;
