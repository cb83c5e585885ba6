-- schedule.sql: a user adds events, one counting from the other, and sees
-- them in the calendar; overrides, cycles and unknown keys behave.
BEGIN;
SELECT plan(15);
SET LOCAL search_path = public, vigo_cal;

INSERT INTO party (party_key, name) VALUES ('tap_fylke', 'Testfylket');
INSERT INTO category (category_key, label, color) VALUES ('tap_lokal', 'Lokalt', '#010203');
INSERT INTO event (event_key, title, comment, from_party, category, rule, county_deadline)
VALUES ('tap_levering', 'Levering for skoleåret {sy}', 'Frist for fylkene er {date:county_deadline}',
        'tap_fylke', 'tap_lokal', '2. mandag i september', 'tap_levering - 1 virkedag'),
       ('tap_tilbakemelding', 'Tilbakemelding på leveringen {date:tap_levering}', NULL,
        'tap_fylke', 'tap_lokal', 'tap_levering + 2 virkedager', NULL);

SELECT results_eq(
  $$SELECT event_key, due_date, title FROM calendar_between('2026-08-01', '2027-07-31')
     WHERE event_key LIKE 'tap\_%' ORDER BY due_date$$,
  $$VALUES ('tap_levering', date '2026-09-14', 'Levering for skoleåret 2026-2027'),
           ('tap_tilbakemelding', date '2026-09-16', 'Tilbakemelding på leveringen 14. september')$$,
  'a user event and one that counts from it appear with their dates and text');
SELECT is((SELECT comment FROM calendar_between('2026-09-01', '2026-09-30') WHERE event_key = 'tap_levering'),
          'Frist for fylkene er 11. september', 'the county deadline renders into the comment');
SELECT is((SELECT county_deadline FROM calendar_between('2026-09-01', '2026-09-30') WHERE event_key = 'tap_levering'),
          date '2026-09-11', 'the county deadline is a working day before');
SELECT ok((SELECT count(*) FROM calendar WHERE event_key = 'tap_levering') = 3,
          'the calendar view shows the previous, current and next school year');
SELECT is((SELECT weekday FROM calendar_between('2026-09-01', '2026-09-30') WHERE event_key = 'tap_levering'),
          'mandag', 'weekday in Norwegian');
SELECT is((SELECT iso_week::text FROM calendar_between('2026-09-01', '2026-09-30') WHERE event_key = 'tap_levering'),
          '2026-W38', 'iso_week of the due date');

-- An override moves the date, and the event that counts from it follows.
INSERT INTO event_override (event_key, school_year, due_date, reason)
VALUES ('tap_levering', '2026-2027', '2026-09-21', 'flyttet (test)');
SELECT results_eq(
  $$SELECT event_key, due_date, overridden FROM calendar_between('2026-08-01', '2027-07-31')
     WHERE event_key LIKE 'tap\_%' ORDER BY due_date$$,
  $$VALUES ('tap_levering', date '2026-09-21', true), ('tap_tilbakemelding', date '2026-09-23', false)$$,
  'an override moves the event and what counts from it');
-- An override without a date cancels the occurrence, and its dependant.
UPDATE event_override SET due_date = NULL WHERE event_key = 'tap_levering';
SELECT is((SELECT count(*)::int FROM calendar_between('2026-08-01', '2027-07-31') WHERE event_key LIKE 'tap\_%'),
          0, 'a cancelled occurrence takes its dependants with it');
DELETE FROM event_override WHERE event_key = 'tap_levering';

-- Validity in school years.
UPDATE event SET first_school_year = '2027-2028' WHERE event_key = 'tap_levering';
SELECT is((SELECT count(*)::int FROM calendar_between('2026-08-01', '2027-07-31') WHERE event_key LIKE 'tap\_%'),
          0, 'an event is absent before its first school year');
UPDATE event SET first_school_year = NULL WHERE event_key = 'tap_levering';

-- Monthly recurrence.
INSERT INTO event (event_key, title, category, rule, recurrence, recur_until)
VALUES ('tap_maanedlig', 'Hver måned', 'tap_lokal', 'tap_levering + 1 dag', 'monthly', '15.06');
SELECT is((SELECT array_agg(due_date ORDER BY due_date)::text FROM calendar_between('2026-08-01', '2027-07-31')
            WHERE event_key = 'tap_maanedlig'),
          '{2026-09-15,2026-10-15,2026-11-16,2026-12-15,2027-01-15,2027-02-15,2027-03-15,2027-04-15,2027-05-18,2027-06-15}',
          'a monthly event falls due every month until its end, on the next working day after a weekend (Sun 15.11) or a holiday (Sat 15.05, Mon 17.05)');
UPDATE event SET fixed_date = true WHERE event_key = 'tap_maanedlig';
SELECT is((SELECT array_agg(due_date ORDER BY due_date)::text FROM calendar_between('2026-08-01', '2027-07-31')
            WHERE event_key = 'tap_maanedlig'),
          '{2026-09-15,2026-10-15,2026-11-15,2026-12-15,2027-01-15,2027-02-15,2027-03-15,2027-04-15,2027-05-15,2027-06-15}',
          'a monthly event whose date is fixed keeps its day every month');

-- Errors: an unknown reference, a cycle, a bad template.
UPDATE event SET rule = 'tap_finnes_ikke + 1 dag' WHERE event_key = 'tap_tilbakemelding';
SELECT throws_ok($$SELECT * FROM calendar_between('2026-08-01', '2027-07-31')$$, '42704',
                 'event "tap_tilbakemelding" counts from unknown event "tap_finnes_ikke"',
                 'an unknown reference is a clear error');
UPDATE event SET rule = 'tap_tilbakemelding - 2 virkedager' WHERE event_key = 'tap_levering';
UPDATE event SET rule = 'tap_levering + 2 virkedager' WHERE event_key = 'tap_tilbakemelding';
SELECT throws_like($$SELECT * FROM calendar_between('2026-08-01', '2027-07-31')$$,
                   'events refer to each other in a cycle: %tap_levering%tap_tilbakemelding%',
                   'a reference cycle is a clear error naming the events');
UPDATE event SET rule = '2. mandag i september' WHERE event_key = 'tap_levering';
UPDATE event SET title = 'Se {date:tap_ukjent}' WHERE event_key = 'tap_tilbakemelding';
SELECT throws_ok($$SELECT * FROM calendar_between('2026-08-01', '2027-07-31')$$, '42704',
                 'template names unknown event "tap_ukjent"', 'a template naming an unknown event is a clear error');
UPDATE event SET title = 'Se {dato:tap_levering}' WHERE event_key = 'tap_tilbakemelding';
SELECT throws_ok($$SELECT * FROM calendar_between('2026-08-01', '2027-07-31')$$, '22023',
                 'invalid placeholder in template: "{dato:tap_levering}"', 'a bad placeholder is a clear error');

SELECT * FROM finish();
ROLLBACK;
