-- Counties, the regions the årshjul gives school holidays for, and the
-- school holidays of 2023-2024, as data.
--
-- Counties: the numbers of the 2020 reform, and the 2024 reform that split
-- Viken (30), Vestfold og Telemark (38) and Troms og Finnmark (54).  The
-- counties that survived 2024 unchanged keep valid_to NULL.  valid_from is
-- 2020-01-01 for every 2020 county, the earliest day modelled, even where
-- the county and its number are older (Oslo 03, Rogaland 11, Møre og
-- Romsdal 15, Nordland 18).
--
-- Regions: one per area the årshjul names (school_holidays_2023_2024.csv,
-- region_text), mapped to the 2020 county it lies in AND the 2024 counties
-- that cover it, so that a holiday printed with the old names is found from
-- either number.  Regions are named as printed; Nordland's "(kun 11.-13.
-- oktober)" is not part of the name but of its rule (uke 41 ons-fre).  And
-- one region per county of 2024 that the edition does not name (Østfold,
-- Akershus, Buskerud, Vestfold, Telemark, Troms, Finnmark), for the
-- skoleruter from 2024-2025 on (72_data_school_holidays.sql).
--
-- A region that is only part of a county, one that sets its own holidays
-- inside it, is marked partial there: Vestland's two former counties, and
-- Viken's two areas inside Viken (each covers its 2024 county whole).
-- all_school_holidays projects a year without rows per such part.

-- ---------------------------------------------------------------------
-- Counties
-- ---------------------------------------------------------------------
INSERT INTO vigo_cal.county (county_number, name, valid_from, valid_to, successors, origin) VALUES
  ('03', 'Oslo', date '2020-01-01', NULL, NULL, 'vigo_cal'),
  ('11', 'Rogaland', date '2020-01-01', NULL, NULL, 'vigo_cal'),
  ('15', 'Møre og Romsdal', date '2020-01-01', NULL, NULL, 'vigo_cal'),
  ('18', 'Nordland', date '2020-01-01', NULL, NULL, 'vigo_cal'),
  ('30', 'Viken', date '2020-01-01', date '2024-01-01', ARRAY['31', '32', '33'], 'vigo_cal'),
  ('34', 'Innlandet', date '2020-01-01', NULL, NULL, 'vigo_cal'),
  ('38', 'Vestfold og Telemark', date '2020-01-01', date '2024-01-01', ARRAY['39', '40'], 'vigo_cal'),
  ('42', 'Agder', date '2020-01-01', NULL, NULL, 'vigo_cal'),
  ('46', 'Vestland', date '2020-01-01', NULL, NULL, 'vigo_cal'),
  ('50', 'Trøndelag', date '2020-01-01', NULL, NULL, 'vigo_cal'),
  ('54', 'Troms og Finnmark', date '2020-01-01', date '2024-01-01', ARRAY['55', '56'], 'vigo_cal'),
  ('31', 'Østfold', date '2024-01-01', NULL, NULL, 'vigo_cal'),
  ('32', 'Akershus', date '2024-01-01', NULL, NULL, 'vigo_cal'),
  ('33', 'Buskerud', date '2024-01-01', NULL, NULL, 'vigo_cal'),
  ('39', 'Vestfold', date '2024-01-01', NULL, NULL, 'vigo_cal'),
  ('40', 'Telemark', date '2024-01-01', NULL, NULL, 'vigo_cal'),
  ('55', 'Troms', date '2024-01-01', NULL, NULL, 'vigo_cal'),
  ('56', 'Finnmark', date '2024-01-01', NULL, NULL, 'vigo_cal');

-- ---------------------------------------------------------------------
-- Regions and the counties they lie in
-- ---------------------------------------------------------------------
INSERT INTO vigo_cal.region (region_key, name, origin) VALUES
  ('oslo', 'Oslo', 'vigo_cal'),
  ('rogaland', 'Rogaland', 'vigo_cal'),
  ('more_og_romsdal', 'Møre og Romsdal', 'vigo_cal'),
  ('nordland', 'Nordland', 'vigo_cal'),
  ('viken', 'Viken', 'vigo_cal'),
  ('viken_tidl_akershus_og_ostfold', 'Viken (tidl. Akershus og Østfold)', 'vigo_cal'),
  ('viken_tidl_buskerud', 'Viken (tidl. Buskerud)', 'vigo_cal'),
  ('innlandet', 'Innlandet', 'vigo_cal'),
  ('vestfold_og_telemark', 'Vestfold og Telemark', 'vigo_cal'),
  ('agder', 'Agder', 'vigo_cal'),
  ('vestland', 'Vestland', 'vigo_cal'),
  ('vestland_tidl_hordaland', 'Vestland (tidl. Hordaland)', 'vigo_cal'),
  ('vestland_tidl_sogn_og_fjordane', 'Vestland (tidl. Sogn og Fjordane)', 'vigo_cal'),
  ('trondelag', 'Trøndelag', 'vigo_cal'),
  ('troms_og_finnmark', 'Troms og Finnmark', 'vigo_cal'),
  ('ostfold', 'Østfold', 'vigo_cal'),
  ('akershus', 'Akershus', 'vigo_cal'),
  ('buskerud', 'Buskerud', 'vigo_cal'),
  ('vestfold', 'Vestfold', 'vigo_cal'),
  ('telemark', 'Telemark', 'vigo_cal'),
  ('troms', 'Troms', 'vigo_cal'),
  ('finnmark', 'Finnmark', 'vigo_cal');

-- Former Akershus is Akershus (32) from 2024, former Østfold is Østfold
-- (31), former Buskerud is Buskerud (33); Hordaland and Sogn og Fjordane
-- stay in Vestland (46).
INSERT INTO vigo_cal.region_county (region_key, county_number, partial, origin) VALUES
  ('oslo', '03', false, 'vigo_cal'),
  ('rogaland', '11', false, 'vigo_cal'),
  ('more_og_romsdal', '15', false, 'vigo_cal'),
  ('nordland', '18', false, 'vigo_cal'),
  ('viken', '30', false, 'vigo_cal'),
  ('viken', '31', false, 'vigo_cal'),
  ('viken', '32', false, 'vigo_cal'),
  ('viken', '33', false, 'vigo_cal'),
  ('viken_tidl_akershus_og_ostfold', '30', true, 'vigo_cal'),
  ('viken_tidl_akershus_og_ostfold', '31', false, 'vigo_cal'),
  ('viken_tidl_akershus_og_ostfold', '32', false, 'vigo_cal'),
  ('viken_tidl_buskerud', '30', true, 'vigo_cal'),
  ('viken_tidl_buskerud', '33', false, 'vigo_cal'),
  ('innlandet', '34', false, 'vigo_cal'),
  ('vestfold_og_telemark', '38', false, 'vigo_cal'),
  ('vestfold_og_telemark', '39', false, 'vigo_cal'),
  ('vestfold_og_telemark', '40', false, 'vigo_cal'),
  ('agder', '42', false, 'vigo_cal'),
  ('vestland', '46', false, 'vigo_cal'),
  ('vestland_tidl_hordaland', '46', true, 'vigo_cal'),
  ('vestland_tidl_sogn_og_fjordane', '46', true, 'vigo_cal'),
  ('trondelag', '50', false, 'vigo_cal'),
  ('troms_og_finnmark', '54', false, 'vigo_cal'),
  ('troms_og_finnmark', '55', false, 'vigo_cal'),
  ('troms_og_finnmark', '56', false, 'vigo_cal'),
  ('ostfold', '31', false, 'vigo_cal'),
  ('akershus', '32', false, 'vigo_cal'),
  ('buskerud', '33', false, 'vigo_cal'),
  ('vestfold', '39', false, 'vigo_cal'),
  ('telemark', '40', false, 'vigo_cal'),
  ('troms', '55', false, 'vigo_cal'),
  ('finnmark', '56', false, 'vigo_cal');
