-- bench/edition.sql: the edition as a document (case 8 of bench.sql, or
-- alone with BENCH_ONLY=edition bench/run.sh).
--
--   8. one school year's arshjul_html() against arshjul() for the same
--      year (the rows the document is made of, every column read as text):
--      a year never published (2026-2027: the document and its draft
--      marking), and the published 2023-2024 (the document, with the
--      comparison against its last revision that lists and marks what
--      changed); a county's edition (its own school holidays); and
--      edition_changes() alone.  Reported, no target.

\echo 'case 8: the edition as HTML ...'

\set ed_reps 9
SET client_min_messages = error;  -- the plans differ by design
SELECT bench.compare('arshjul_html, a year never published (2026-2027)', 'arshjul() of the same year',
	$q$SELECT count(*), sum(length(s::text)) FROM vigo_cal.arshjul('2026-2027') AS s$q$, 1,
	$q$SELECT length(vigo_cal.arshjul_html('2026-2027'))$q$, 1,
	:ed_reps, NULL, '(report)');
SELECT bench.compare('arshjul_html, published 2023-2024 (changes listed)', 'arshjul() of the same year',
	$q$SELECT count(*), sum(length(s::text)) FROM vigo_cal.arshjul('2023-2024') AS s$q$, 1,
	$q$SELECT length(vigo_cal.arshjul_html('2023-2024'))$q$, 1,
	:ed_reps, NULL, '(report)');
SELECT bench.compare('arshjul_html, a county''s edition (Vestland 2026-2027)', 'arshjul() of the same year',
	$q$SELECT count(*), sum(length(s::text)) FROM vigo_cal.arshjul('2026-2027') AS s$q$, 1,
	$q$SELECT length(vigo_cal.arshjul_html('2026-2027', 'Vestland'))$q$, 1,
	:ed_reps, NULL, '(report)');
SELECT bench.compare('edition_changes, 2023-2024 against revision 1', 'arshjul() of the same year',
	$q$SELECT count(*), sum(length(s::text)) FROM vigo_cal.arshjul('2023-2024') AS s$q$, 1,
	$q$SELECT count(*), sum(length(s::text)) FROM vigo_cal.edition_changes('2023-2024') AS s$q$, 1,
	:ed_reps, NULL, '(report)');
SET client_min_messages = warning;
