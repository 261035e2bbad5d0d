-- The anchor of benchmark 2 (docs/benchmarks.md): `computefolio timeline --by counterparty
-- --granularity month` written as one SQL query over the same database, for the sqlite3 command
-- line. It follows the timeline's rules (ADR 12, service.TimelinePlan, domain.ScheduleEngine) so
-- that both give the same cents: each deal as its latest revision; cancelled and superseded deals
-- left out; commitments only; USD only; PER_YEAR amounts times the months covered / 12, rounded
-- half-even; no term and no legs: everything in the month the revision became known; no legs:
-- spread evenly over the term, remainder cents one each to the earliest months; legs with money:
-- each leg by its shape (EVEN as above, RAMP month i of n weighing i with the cents the floors
-- lose going one each to the latest months, LUMP all in its first month); legs without money: the
-- headline spread evenly over the term, or over the legs when there is no term. Overlaps counted
-- once (ADR 18, service.OverlapNetting): an umbrella deal, one that others are linked to PART_OF,
-- keeps its total minus the totals of its live parts, never below zero, over its own term (an
-- umbrella with legs would have them scaled in proportion: the generated data has none, and the
-- cents check of run-benchmarks.sh would show it).
-- Months are expanded by joining a table of month offsets made by a recursive CTE.
-- Output: counterparty id, month (YYYY-MM), cents; one row per non-zero cell.
WITH RECURSIVE
offsets(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM offsets WHERE k < 1199),
latest AS (
    SELECT r.id, r.deal_id, r.known_from, r.term_start, r.term_months
    FROM revision r
    JOIN (SELECT deal_id, MAX(seq) AS seq FROM revision GROUP BY deal_id) newest
      ON newest.deal_id = r.deal_id AND newest.seq = r.seq
    WHERE r.status NOT IN ('CANCELLED', 'SUPERSEDED')
),
leg_span AS (
    SELECT revision_id,
           MIN((CAST(substr(start_month, 1, 4) AS INTEGER) - 2000) * 12 + CAST(substr(start_month, 6, 2) AS INTEGER) - 1) AS first_leg,
           MAX((CAST(substr(start_month, 1, 4) AS INTEGER) - 2000) * 12 + CAST(substr(start_month, 6, 2) AS INTEGER) - 1 + months - 1) AS last_leg,
           SUM(amount_minor IS NOT NULL) AS legs_with_money
    FROM schedule_leg GROUP BY revision_id
),
valued AS (
    SELECT d.counterparty_id AS cp, c.id AS rid, c.deal_id, f.basis, f.amount_minor AS amount, c.term_months,
           (CAST(substr(c.known_from, 1, 4) AS INTEGER) - 2000) * 12 + CAST(substr(c.known_from, 6, 2) AS INTEGER) - 1 AS known_month,
           (CAST(substr(c.term_start, 1, 4) AS INTEGER) - 2000) * 12 + CAST(substr(c.term_start, 6, 2) AS INTEGER) - 1 AS term_month,
           s.first_leg, s.last_leg, s.legs_with_money,
           COALESCE(c.term_months, s.last_leg - s.first_leg + 1, 12) * f.amount_minor AS year_product
    FROM latest c
    JOIN deal d ON d.id = c.deal_id AND d.direction = 'COMMITMENT'
    JOIN figure f ON f.revision_id = c.id AND f.role = 'VALUE' AND f.amount_minor IS NOT NULL AND f.currency = 'USD'
    LEFT JOIN leg_span s ON s.revision_id = c.id
),
headline AS (
    SELECT *, CASE WHEN basis <> 'PER_YEAR' THEN amount
                   ELSE year_product / 12 + (year_product % 12 > 6 OR (year_product % 12 = 6 AND (year_product / 12) % 2 = 1))
              END AS total
    FROM valued
),
parts AS (
    SELECT l.target_deal_id AS umbrella, SUM(h.total) AS total
    FROM (SELECT DISTINCT deal_id, target_deal_id FROM deal_link
          WHERE link_type = 'PART_OF' AND deal_id <> target_deal_id) l
    JOIN headline h ON h.deal_id = l.deal_id
    GROUP BY l.target_deal_id
),
netted AS (
    SELECT h.cp, h.rid, h.known_month, h.term_month, h.term_months, h.first_leg, h.last_leg, h.legs_with_money,
           CASE WHEN p.total IS NULL THEN h.total ELSE MAX(0, h.total - p.total) END AS total
    FROM headline h LEFT JOIN parts p ON p.umbrella = h.deal_id
),
placed AS (
    SELECT cp, known_month AS start, 1 AS n, 'LUMP' AS shape, total AS amount
    FROM netted WHERE first_leg IS NULL AND term_month IS NULL
    UNION ALL
    SELECT cp, COALESCE(term_month, first_leg), COALESCE(term_months, last_leg - first_leg + 1), 'EVEN', total
    FROM netted WHERE (first_leg IS NULL AND term_month IS NOT NULL) OR legs_with_money = 0
    UNION ALL
    SELECT h.cp, (CAST(substr(l.start_month, 1, 4) AS INTEGER) - 2000) * 12 + CAST(substr(l.start_month, 6, 2) AS INTEGER) - 1,
           l.months, l.shape, l.amount_minor
    FROM netted h JOIN schedule_leg l ON l.revision_id = h.rid
    WHERE h.legs_with_money > 0 AND l.amount_minor IS NOT NULL
),
numbered AS (
    SELECT ROW_NUMBER() OVER () AS pid, cp, start, n, shape, amount, n * (n + 1) / 2 AS weights FROM placed
),
cells AS (
    SELECT cp, start + k AS month,
           CASE shape WHEN 'EVEN' THEN amount / n + (k < amount % n) ELSE amount END AS cents
    FROM numbered JOIN offsets ON k < CASE shape WHEN 'EVEN' THEN n ELSE 1 END
    WHERE shape <> 'RAMP'
    UNION ALL
    SELECT cp, month, share + (k >= n - (amount - SUM(share) OVER (PARTITION BY pid)))
    FROM (SELECT pid, cp, n, amount, k, start + k AS month,
                 (amount / weights) * (k + 1) + ((amount % weights) * (k + 1)) / weights AS share
          FROM numbered JOIN offsets ON k < n WHERE shape = 'RAMP')
)
SELECT cp, printf('%04d-%02d', 2000 + month / 12, month % 12 + 1) AS month, SUM(cents) AS cents
FROM cells GROUP BY cp, month HAVING SUM(cents) <> 0 ORDER BY cp, month;
