-- The same derived fields as migration 0013, computed so that no plan can read every held
-- meeting once per person. Restoring a 100,000-person backup on PostgreSQL, the statistics
-- of the meetings just written (in the same transaction) still said "259 held" where there
-- were 81,653, and from the 17th batch of meeting_people on, the planner scanned all held
-- meetings for each person, twice (the subquery stood in both SET and WHERE): 44 s per
-- 1,000 rows. Now each person's meetings are found from meeting_people by person, then
-- each meeting by its key (OFFSET 0 keeps that lookup a per-row probe), once per person.
CREATE OR REPLACE FUNCTION "refresh_people_contact"(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE people p SET
    last_contacted_at = d.last_contacted_at,
    introduced_by_id = d.introduction_id,
    introduced_by_person_id = d.from_person_id
  FROM (
    SELECT x.id, c.last_contacted_at, i.id AS introduction_id, i.from_person_id
    FROM (SELECT DISTINCT unnest(ids) AS id) x
    LEFT JOIN LATERAL (
      SELECT max(m.at) AS last_contacted_at FROM meeting_people mp
      CROSS JOIN LATERAL (
        SELECT coalesce(m.held_at, m.scheduled_at) AS at FROM meetings m
        WHERE m.id = mp.meeting_id AND m.status = 'held' OFFSET 0) m
      WHERE mp.person_id = x.id) c ON true
    LEFT JOIN LATERAL (
      SELECT i.id, i.from_person_id FROM introductions i
      WHERE i.to_person_id = x.id AND i.status = 'made'
      ORDER BY i.made_at NULLS LAST, i.created_at, i.id LIMIT 1) i ON true
  ) d
  WHERE p.id = d.id
    AND (p.last_contacted_at, p.introduced_by_id, p.introduced_by_person_id)
      IS DISTINCT FROM (d.last_contacted_at, d.introduction_id, d.from_person_id)
$$;
