-- The rules of the 2023-2024 edition of the årshjul, proven against the
-- dates it prints.  The edition runs from July 2023 to August 2024, so its
-- July 2023 rows belong to school year 2022-2023 and its July 2024 rows to
-- 2023-2024 (a school year runs 1 August - 31 July).  Entry ids are those
-- of the transcription (e1..e114).
SET search_path = vigo_cal, public;
SET datestyle = ISO;

CREATE TEMP TABLE proof (
  entry text, what text, rule rule, school_year schoolyear,
  anchor_rule rule,            -- the rule of the event a reference counts from
  printed daterange            -- what the edition prints
);
INSERT INTO proof VALUES
  -- ssbResultat deliveries on 15.jul, both years, and the county deadline
  -- printed in their text ("Frist for fylkene å registrere i VIGO er 14. juli").
  ('e4',  'ssbResultat grunnskolen',           '15.jul',          '2022-2023', NULL, '[2023-07-15,2023-07-15]'),
  ('e5',  'ssbResultat vgs 1. levering',       '15.jul',          '2022-2023', NULL, '[2023-07-15,2023-07-15]'),
  ('e4',  'county deadline',                   '15.07 - 1 dag',   '2022-2023', NULL, '[2023-07-14,2023-07-14]'),
  ('e106', 'ssbResultat grunnskolen',          '15.jul',          '2023-2024', NULL, '[2024-07-15,2024-07-15]'),
  ('e107', 'ssbResultat vgs 1. levering',      '15.jul',          '2023-2024', NULL, '[2024-07-15,2024-07-15]'),
  ('e106', 'county deadline',                  '15.07 - 1 dag',   '2023-2024', NULL, '[2024-07-14,2024-07-14]'),
  -- Udir feedback one working day after the delivery: Saturday 15 July 2023
  -- rolls to Monday before the day is counted.
  ('e6',  'feedback grunnskolen',   'ssb_resultat_gs + 1 virkedag',  '2022-2023', '15.07', '[2023-07-18,2023-07-18]'),
  ('e7',  'feedback vgs',           'ssb_resultat_vgs_1 + 1 virkedag', '2022-2023', '15.07', '[2023-07-18,2023-07-18]'),
  ('e108', 'feedback grunnskolen',  'ssb_resultat_gs + 1 virkedag',  '2023-2024', '15.07', '[2024-07-16,2024-07-16]'),
  ('e109', 'feedback vgs',          'ssb_resultat_vgs_1 + 1 virkedag', '2023-2024', '15.07', '[2024-07-16,2024-07-16]'),
  -- Private-school data from Udir (WIS): "Data vil være i VIGO senest ..."
  -- two working days after the delivery.
  ('e13', 'privatskoledata sep',    'wis_sep + 2 virkedager',  '2023-2024', '05.09', '[2023-09-07,2023-09-07]'),
  ('e18', 'privatskole ssbResultat', 'wis_res + 2 virkedager', '2023-2024', '15.09', '[2023-09-19,2023-09-19]'),
  ('e31', 'privatskoledata okt',    'wis_okt + 2 virkedager',  '2023-2024', '09.10', '[2023-10-11,2023-10-11]'),
  ('e43', 'privatskole ssbElev nov', 'wis_nov + 2 virkedager', '2023-2024', '03.11', '[2023-11-06,2023-11-06]'),
  ('e55', 'privatskole nov',        'wis_nov2 + 2 virkedager', '2023-2024', '21.11', '[2023-11-23,2023-11-23]'),
  ('e69', 'privatskole jan',        'wis_jan + 2 virkedager',  '2023-2024', '12.01', '[2024-01-16,2024-01-16]'),
  ('e73', 'privatskoledata feb',    'wis_feb + 2 virkedager',  '2023-2024', '02.02', '[2024-02-06,2024-02-06]'),
  ('e91', 'privatskoledata apr',    'wis_apr + 2 virkedager',  '2023-2024', '08.04', '[2024-04-10,2024-04-10]'),
  ('e98', 'privatskoledata jun',    'wis_jun + 2 virkedager',  '2023-2024', '26.06', '[2024-06-28,2024-06-28]'),
  -- School holidays by ISO week (Monday to Friday unless days are named).
  ('e25', 'høstferie uke 40',                'uke 40',          '2023-2024', NULL, '[2023-10-02,2023-10-06]'),
  ('e26', 'høstferie uke 41',                'uke 41',          '2023-2024', NULL, '[2023-10-09,2023-10-13]'),
  ('e26', 'høstferie Nordland, 11.-13. okt', 'uke 41 ons-fre',  '2023-2024', NULL, '[2023-10-11,2023-10-13]'),
  ('e79', 'vinterferie uke 8',               'uke 8',           '2023-2024', NULL, '[2024-02-19,2024-02-23]'),
  ('e80', 'vinterferie uke 9',               'uke 9',           '2023-2024', NULL, '[2024-02-26,2024-03-01]'),
  ('e81', 'vinterferie uke 10',              'uke 10',          '2023-2024', NULL, '[2024-03-04,2024-03-08]'),
  -- "Uke 31/32" is printed under August 2024: weeks 31-53 belong to the
  -- school year that starts that autumn, so this is 2024-2025's row.
  ('e113', 'inntakslister uke 31/32',        'uke 31/32',       '2024-2025', NULL, '[2024-07-29,2024-08-09]');

SELECT entry, what, rule, school_year,
       CASE WHEN anchor_rule IS NULL THEN resolve_range(rule, school_year)
            ELSE resolve_range(rule, school_year, resolve(anchor_rule, school_year)) END AS resolved,
       printed,
       CASE WHEN anchor_rule IS NULL THEN resolve_range(rule, school_year)
            ELSE resolve_range(rule, school_year, resolve(anchor_rule, school_year)) END = printed AS matches
  FROM proof ORDER BY lower(printed), entry;

-- The one row no honest rule gives: e43 says "senest 06. november", one
-- working day after Friday 3 November, where every other WIS row says two.
-- The schedule keeps the rule and records the printed date as an override.
SELECT count(*) AS rows, count(*) FILTER (WHERE
         CASE WHEN anchor_rule IS NULL THEN resolve_range(rule, school_year)
              ELSE resolve_range(rule, school_year, resolve(anchor_rule, school_year)) END = printed) AS matching
  FROM proof;
