-- School holidays per region and school year, as data.
--
-- 2023-2024: as printed in the edition (arshjul_2023_2024.csv entries
-- e25, e26, e79, e80, e81; school_holidays_2023_2024.csv).

-- ---------------------------------------------------------------------
-- School holidays 2023-2024 (entries e25, e26, e79, e80, e81)
-- ---------------------------------------------------------------------
-- All printed "Med forbehold om endringer."  The winter holidays of
-- February/March 2024 are printed with the 2020 names although the split
-- counties no longer existed; region_county maps them to the new ones.
INSERT INTO vigo_cal.school_holiday (region_key, school_year, kind, rule, tentative, note, origin) VALUES
  ('agder', '2023-2024', 'hostferie', 'uke 40', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('oslo', '2023-2024', 'hostferie', 'uke 40', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('viken', '2023-2024', 'hostferie', 'uke 40', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('troms_og_finnmark', '2023-2024', 'hostferie', 'uke 40', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('innlandet', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('more_og_romsdal', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('rogaland', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('trondelag', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('vestfold_og_telemark', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('vestland', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('nordland', '2023-2024', 'hostferie', 'uke 41 ons-fre', true,
   'Printed "Nordland (kun 11.-13. oktober)". Med forbehold om endringer.', 'vigo_cal'),
  ('agder', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('oslo', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('more_og_romsdal', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('trondelag', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('vestfold_og_telemark', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('vestland_tidl_sogn_og_fjordane', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('viken_tidl_akershus_og_ostfold', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('innlandet', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('nordland', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('rogaland', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('vestland_tidl_hordaland', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('viken_tidl_buskerud', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.', 'vigo_cal'),
  ('troms_og_finnmark', '2023-2024', 'vinterferie', 'uke 10', true,
   'Printed only "Troms og Finnmark" under Uke 10, after the winter holiday rows. Med forbehold om endringer.', 'vigo_cal');
