-- School holidays per region and school year, as data: one row per
-- region, school year and kind (hostferie, vinterferie), each citing its
-- source (source: the page's title and address; source_kind: edition,
-- county, school or municipality).  Years without a row are not stored:
-- all_school_holidays projects them from the latest known year, marked
-- tentative and projected (doc/school_holidays.md).
--
-- 2023-2024: as printed in the edition (arshjul_2023_2024.csv entries
-- e25, e26, e79, e80, e81; school_holidays_2023_2024.csv).
--
-- 2024-2025 to 2027-2028: the skoleruter for videregående opplæring of the
-- 15 counties of 2024, read from stored copies of their public pages.  A
-- county's own decision is preferred to a school's page, and a school's to
-- a municipality's (grunnskole) page, which is the last resort.  Every row
-- from a municipal page, or whose link to the county's skolerute is
-- inferred, is tentative, and its note says why.  The note quotes the
-- page.  Every first and last day was checked against the ISO week of the
-- rule (sql/school_holidays.sql).  For 2027-2028 only Oslo's standing rule
-- ("alltid uke 40 / uke 8") was found, and for Finnmark only one municipal
-- page (2024-2025).  Where no county, school or municipal page was found
-- for a year, a page of an aggregator that lists the county's own dates
-- (skolefri.no) is used as the last resort (source_kind 'aggregator',
-- always tentative): Troms 2025-2026 and 2026-2027.  Not used as sources:
-- aggregators that give weeks without the county's dates
-- (timeanddate.no), and private grunnskoler.
--
-- Kept as found: Nordland's høstferie is the whole week 40 from 2024 (it
-- was Wednesday to Friday of week 41 in 2023); Troms's and Finnmark's are
-- Wednesday to Friday of week 40, and Finnmark's vinterferie Wednesday to
-- Friday of week 10; Vestland's vinterferie differs between former
-- Hordaland (week 9) and former Sogn og Fjordane (week 8), its høstferie
-- does not.  one_off marks a year moved from the usual week, which is not
-- projected to later years (Rogaland and Innlandet, February 2027).

-- ---------------------------------------------------------------------
-- School holidays 2023-2024 (entries e25, e26, e79, e80, e81)
-- ---------------------------------------------------------------------
-- All printed "Med forbehold om endringer."  The winter holidays of
-- February/March 2024 are printed with the 2020 names although the split
-- counties no longer existed; region_county maps them to the new ones.
INSERT INTO vigo_cal.school_holiday (region_key, school_year, kind, rule, tentative, note, source, source_kind, origin) VALUES
  ('agder', '2023-2024', 'hostferie', 'uke 40', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e25', 'edition', 'vigo_cal'),
  ('oslo', '2023-2024', 'hostferie', 'uke 40', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e25', 'edition', 'vigo_cal'),
  ('viken', '2023-2024', 'hostferie', 'uke 40', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e25', 'edition', 'vigo_cal'),
  ('troms_og_finnmark', '2023-2024', 'hostferie', 'uke 40', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e25', 'edition', 'vigo_cal'),
  ('innlandet', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e26', 'edition', 'vigo_cal'),
  ('more_og_romsdal', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e26', 'edition', 'vigo_cal'),
  ('rogaland', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e26', 'edition', 'vigo_cal'),
  ('trondelag', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e26', 'edition', 'vigo_cal'),
  ('vestfold_og_telemark', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e26', 'edition', 'vigo_cal'),
  ('vestland', '2023-2024', 'hostferie', 'uke 41', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e26', 'edition', 'vigo_cal'),
  ('nordland', '2023-2024', 'hostferie', 'uke 41 ons-fre', true,
   'Printed "Nordland (kun 11.-13. oktober)". Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e26', 'edition', 'vigo_cal'),
  ('agder', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e79', 'edition', 'vigo_cal'),
  ('oslo', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e79', 'edition', 'vigo_cal'),
  ('more_og_romsdal', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e79', 'edition', 'vigo_cal'),
  ('trondelag', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e79', 'edition', 'vigo_cal'),
  ('vestfold_og_telemark', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e79', 'edition', 'vigo_cal'),
  ('vestland_tidl_sogn_og_fjordane', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e79', 'edition', 'vigo_cal'),
  ('viken_tidl_akershus_og_ostfold', '2023-2024', 'vinterferie', 'uke 8', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e79', 'edition', 'vigo_cal'),
  ('innlandet', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e80', 'edition', 'vigo_cal'),
  ('nordland', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e80', 'edition', 'vigo_cal'),
  ('rogaland', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e80', 'edition', 'vigo_cal'),
  ('vestland_tidl_hordaland', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e80', 'edition', 'vigo_cal'),
  ('viken_tidl_buskerud', '2023-2024', 'vinterferie', 'uke 9', true, 'Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e80', 'edition', 'vigo_cal'),
  ('troms_og_finnmark', '2023-2024', 'vinterferie', 'uke 10', true,
   'Printed only "Troms og Finnmark" under Uke 10, after the winter holiday rows. Med forbehold om endringer.',
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e81', 'edition', 'vigo_cal');

-- ---------------------------------------------------------------------
-- School holidays from the counties' skoleruter, 2024-2025 to 2027-2028
-- ---------------------------------------------------------------------
-- 2024-2025
INSERT INTO vigo_cal.school_holiday
  (region_key, school_year, kind, rule, tentative, one_off, note, source, source_kind, origin)
VALUES
  -- 03 oslo hostferie (2024-09-30..2024-10-04)
  ('oslo', '2024-2025', 'hostferie', 'uke 40', false, false,
   'Osloskolen (Utdanningsetaten), one skolerute for grunnskole and vgs: "Høstferie 2024: mandag 30. september – fredag 4. oktober".',
   'Ferie og fridager for skoleåret 2024/2025, https://aktuelt.osloskolen.no/felles-nyhetsliste/ferie-og-fridager-for-skolearet-20242025/',
   'county', 'vigo_cal'),
  -- 03 oslo vinterferie (2025-02-17..2025-02-21)
  ('oslo', '2024-2025', 'vinterferie', 'uke 8', false, false,
   'Osloskolen: "Vinterferie 2025: mandag 17. februar til 21. februar".',
   'Ferie og fridager for skoleåret 2024/2025, https://aktuelt.osloskolen.no/felles-nyhetsliste/ferie-og-fridager-for-skolearet-20242025/',
   'county', 'vigo_cal'),
  -- 11 rogaland hostferie (2024-10-07..2024-10-11)
  ('rogaland', '2024-2025', 'hostferie', 'uke 41', false, false,
   'Godalen vgs (Stavanger): "Høstferie: uke 41 (7. - 11. oktober)". Eigersund and Vindafjord kommune agree.',
   'Skoleruten (Godalen vgs, Skoleruten 2024/25), https://www.godalen.vgs.no/hovedmeny/for-elever/skolehverdag/skoleferier-og-fridager-skoleruten/',
   'school', 'vigo_cal'),
  -- 11 rogaland vinterferie (2025-02-24..2025-02-28)
  ('rogaland', '2024-2025', 'vinterferie', 'uke 9', false, false,
   'Godalen vgs: "Vinterferie: uke 9 (24. februar - 28. februar)".',
   'Skoleruten (Godalen vgs, Skoleruten 2024/25), https://www.godalen.vgs.no/hovedmeny/for-elever/skolehverdag/skoleferier-og-fridager-skoleruten/',
   'school', 'vigo_cal'),
  -- 15 more_og_romsdal hostferie (2024-10-07..2024-10-11)
  ('more_og_romsdal', '2024-2025', 'hostferie', 'uke 41', false, false,
   'Stranda vgs: "Haustferie veke 41: måndag 7. – fredag 11. oktober". Ålesund kommune, whose skolerute follows the county''s proposal, agrees.',
   'Skuleruta (Stranda vgs), https://stranda.vgs.no/skuleruta',
   'school', 'vigo_cal'),
  -- 15 more_og_romsdal vinterferie (2025-02-17..2025-02-21)
  ('more_og_romsdal', '2024-2025', 'vinterferie', 'uke 8', false, false,
   'Stranda vgs: "Vinterferie veke 8, måndag 17. – fredag 21. februar".',
   'Skuleruta (Stranda vgs), https://stranda.vgs.no/skuleruta',
   'school', 'vigo_cal'),
  -- 18 nordland hostferie (2024-09-30..2024-10-04)
  ('nordland', '2024-2025', 'hostferie', 'uke 40', true, false,
   'Tentative: municipal page, no county or public vgs page for 2024-2025 found. Narvik: "Høstferie 30. september til 4. oktober", the whole week 40 (2023-2024: Wednesday to Friday of week 41); Vefsn ("høstferien er en hel uke") and Nesna agree. A private vgs (KVN, Nesna, kvn.no/skolerute) prints "Høstferie: Uke 40" without days; its "Uke 41" for 2023-2024 stood for three days, so the label does not show the whole week.',
   'Skolerute 2024/2025 (Narvik kommune, vedtatt skolerute), https://www.narvik.kommune.no/kunngjoringer-og-horinger/skolerute-2024-2025.361074.aspx',
   'municipality', 'vigo_cal'),
  -- 18 nordland vinterferie (2025-03-03..2025-03-07)
  ('nordland', '2024-2025', 'vinterferie', 'uke 10', true, false,
   'Tentative: municipal page. Narvik: "Vinterferie 3-7. mars" (week 10); Vefsn and Nesna agree, and a private vgs (KVN, Nesna) prints "Vinterferie: Uke 10".',
   'Skolerute 2024/2025 (Narvik kommune, vedtatt skolerute), https://www.narvik.kommune.no/kunngjoringer-og-horinger/skolerute-2024-2025.361074.aspx',
   'municipality', 'vigo_cal'),
  -- 31 ostfold hostferie (2024-09-30..2024-10-04)
  ('ostfold', '2024-2025', 'hostferie', 'uke 40', false, false,
   'Østfold fylkeskommune: "30. september til 4. oktober – Høstferie (uke 40)".',
   'Skolerute for videregående skoler i Østfold, https://ofk.no/tjenester/skole-og-opplaring/opplaring-i-skole/skoledager-ferier-og-fridager/',
   'county', 'vigo_cal'),
  -- 31 ostfold vinterferie (2025-02-17..2025-02-21)
  ('ostfold', '2024-2025', 'vinterferie', 'uke 8', false, false,
   'Østfold fylkeskommune: "17. februar til 21. februar – Vinterferie (uke 8)".',
   'Skolerute for videregående skoler i Østfold, https://ofk.no/tjenester/skole-og-opplaring/opplaring-i-skole/skoledager-ferier-og-fridager/',
   'county', 'vigo_cal'),
  -- 32 akershus hostferie (2024-09-30..2024-10-04)
  ('akershus', '2024-2025', 'hostferie', 'uke 40', false, false,
   'Asker vgs on afk.no (the holidays of the Akershus fylkeskommune schools): "30.september - 04.oktober - Høstferie (uke 40)". Ski vgs and Mailand vgs agree.',
   'Skoleferier og fridager (skoleruta), Asker vgs (afk.no), https://afk.no/asker-vgs/for-elever/skolehverdagen/skoleferier-og-fridager-skoleruta/',
   'school', 'vigo_cal'),
  -- 32 akershus vinterferie (2025-02-17..2025-02-21)
  ('akershus', '2024-2025', 'vinterferie', 'uke 8', false, false,
   'Asker vgs: "17. februar til 21. februar – Vinterferie (uke 8)".',
   'Skoleferier og fridager (skoleruta), Asker vgs (afk.no), https://afk.no/asker-vgs/for-elever/skolehverdagen/skoleferier-og-fridager-skoleruta/',
   'school', 'vigo_cal'),
  -- 33 buskerud hostferie (2024-09-30..2024-10-04)
  ('buskerud', '2024-2025', 'hostferie', 'uke 40', true, false,
   'Tentative: municipal page (Gol kommune, adult education, Hallingdal), no county or vgs page found: "Haustferie måndag 30.9 - fredag 4.10. (veke 40)".',
   'Skulerute for vaksenopplæringa 2024 - 2025 / 2025 - 2026 (Gol kommune), https://www.gol.kommune.no/meny/barnehage-og-skule/skuletilbod/gol-vaksenopplaring/skulerute',
   'municipality', 'vigo_cal'),
  -- 33 buskerud vinterferie (2025-02-24..2025-02-28)
  ('buskerud', '2024-2025', 'vinterferie', 'uke 9', true, false,
   'Tentative: municipal page (Gol): "Vinterferie 24.2. - 28.2. (veke 9)", the week former Buskerud had under Viken.',
   'Skulerute for vaksenopplæringa 2024 - 2025 / 2025 - 2026 (Gol kommune), https://www.gol.kommune.no/meny/barnehage-og-skule/skuletilbod/gol-vaksenopplaring/skulerute',
   'municipality', 'vigo_cal'),
  -- 34 innlandet hostferie (2024-10-07..2024-10-11)
  ('innlandet', '2024-2025', 'hostferie', 'uke 41', false, false,
   'Lena-Valle vgs ("felles skolerute for de videregående skolene i Innlandet"): "Høstferie Uke 41: mandag 07.10.–fredag 11.10.2024".',
   'Skoleferier og fridager (Lena-Valle vgs) – Skoleferier og fridager i Innlandet 2024/2025, https://www.lena-valle.vgs.no/hovedmeny/for-elever/praktisk-informasjon/skoleferier-og-fridager/',
   'school', 'vigo_cal'),
  -- 34 innlandet vinterferie (2025-02-24..2025-02-28)
  ('innlandet', '2024-2025', 'vinterferie', 'uke 9', false, false,
   'Lena-Valle vgs: "Vinterferie Uke 9: mandag 24.02.–fredag 28.01.2025", 28.01 a misprint for 28.02 (week 9; Åmot and Hamar kommune print 24.-28. februar).',
   'Skoleferier og fridager (Lena-Valle vgs) – Skoleferier og fridager i Innlandet 2024/2025, https://www.lena-valle.vgs.no/hovedmeny/for-elever/praktisk-informasjon/skoleferier-og-fridager/',
   'school', 'vigo_cal'),
  -- 39 vestfold hostferie (2024-10-07..2024-10-11)
  ('vestfold', '2024-2025', 'hostferie', 'uke 41', true, false,
   'Tentative: municipal page (Holmestrand grunnskole), no county or vgs page for 2024-2025 found; the same table gives the "Siste skoledag vgs", as in the joint skolerute of the Vestfold kommuner and vgs of later years: "Høstferie: uke 41 (f.o.m. mandag 7. oktober t.o.m. fredag 11. oktober)".',
   'Skoleruter - fri og feriedager (Holmestrand kommune), https://holmestrand.kommune.no/innbyggerhjelpen/skole-og-utdanning/skoleruter-ferier-og-fridager/',
   'municipality', 'vigo_cal'),
  -- 39 vestfold vinterferie (2025-02-17..2025-02-21)
  ('vestfold', '2024-2025', 'vinterferie', 'uke 8', true, false,
   'Tentative: same page: "Vinterferie: uke 8 (f.o.m. mandag 17. februar t.o.m. fredag 21. februar)".',
   'Skoleruter - fri og feriedager (Holmestrand kommune), https://holmestrand.kommune.no/innbyggerhjelpen/skole-og-utdanning/skoleruter-ferier-og-fridager/',
   'municipality', 'vigo_cal'),
  -- 40 telemark hostferie (2024-10-07..2024-10-11)
  ('telemark', '2024-2025', 'hostferie', 'uke 41', true, false,
   'Tentative: inferred from a private vgs whose page does not say it follows the county''s skolerute; no county or public vgs page for Telemark from 2024 found. "Høstferie uke 41 (f.o.m mandag 7 oktober t.o.m fredag 11. oktober)", as Vestfold og Telemark had.',
   'Skolerute 2024-2025 (Kvitsund gymnas, Kviteseid), https://kvitsund.vgs.no/?p=17900',
   'school', 'vigo_cal'),
  -- 40 telemark vinterferie (2025-02-17..2025-02-21)
  ('telemark', '2024-2025', 'vinterferie', 'uke 8', true, false,
   'Tentative: inferred, same page: "Vinterferie uke 8 (f.o.m mandag. 17.februar til og med fredag 21. februar)".',
   'Skolerute 2024-2025 (Kvitsund gymnas, Kviteseid), https://kvitsund.vgs.no/?p=17900',
   'school', 'vigo_cal'),
  -- 42 agder hostferie (2024-09-30..2024-10-04)
  ('agder', '2024-2025', 'hostferie', 'uke 40', false, false,
   'Tvedestrand vgs (the skolerute of the Agder fylkeskommune schools): "Haustferie uke 40: 30.september - 4.oktober". Vågsbygd and Vennesla vgs agree. The free Friday 18.10 (Sørlandsk lærerstevne) is a day of its own, not part of the break.',
   'Skolerute for Agder fylkeskommune (Tvedestrand vgs), https://tvedestrand.vgs.no/for-elever/skolehverdag/skoleferier-og-fridager-skoleruta/',
   'school', 'vigo_cal'),
  -- 42 agder vinterferie (2025-02-17..2025-02-21)
  ('agder', '2024-2025', 'vinterferie', 'uke 8', false, false,
   'Tvedestrand vgs: "Vinterferie uke 8: 17.februar - 21.februar".',
   'Skolerute for Agder fylkeskommune (Tvedestrand vgs), https://tvedestrand.vgs.no/for-elever/skolehverdag/skoleferier-og-fridager-skoleruta/',
   'school', 'vigo_cal'),
  -- 46 vestland hostferie (2024-10-07..2024-10-11)
  ('vestland', '2024-2025', 'hostferie', 'uke 41', true, false,
   'Tentative: municipal page (Fjaler, former Sogn og Fjordane: "Vestland fylkeskommune har ei felles skulerute"): "Haustferie 7. - 11. oktober". Etne and Bømlo (former Hordaland) and Sunnfjord print the same week.',
   'Skulerute Våge skule (Fjaler kommune), https://www.fjaler.kommune.no/tenester/barnehage-og-skule/skule/skular-i-kommunen/vage-skule/skulerute',
   'municipality', 'vigo_cal'),
  -- 46 vestland_tidl_hordaland vinterferie (2025-02-24..2025-02-28)
  ('vestland_tidl_hordaland', '2024-2025', 'vinterferie', 'uke 9', true, false,
   'Tentative: municipal page (Etne): "Vinterferie veke 9 (24.-28.02.)"; Bømlo agrees.',
   'Skuleruta 2024/2025 (Etne kommune), https://www.etne.kommune.no/barn-og-unge/skule/skuleruta/skuleruta-2024-2025/',
   'municipality', 'vigo_cal'),
  -- 46 vestland_tidl_sogn_og_fjordane vinterferie (2025-02-17..2025-02-21)
  ('vestland_tidl_sogn_og_fjordane', '2024-2025', 'vinterferie', 'uke 8', true, false,
   'Tentative: municipal page (Fjaler): "Vinterferie 17. - 21. februar"; Sunnfjord agrees.',
   'Skulerute Våge skule (Fjaler kommune), https://www.fjaler.kommune.no/tenester/barnehage-og-skule/skule/skular-i-kommunen/vage-skule/skulerute',
   'municipality', 'vigo_cal'),
  -- 50 trondelag hostferie (2024-10-07..2024-10-11)
  ('trondelag', '2024-2025', 'hostferie', 'uke 41', true, false,
   'Tentative: municipal page (Frøya), no county or vgs page from 2024 found: "Høstferie 7. - 11 oktober".',
   'Skoleruta (Frøya kommune), https://froya.kommune.no/tjenester/oppvekst/skole-og-barnehagerute/skoleruta',
   'municipality', 'vigo_cal'),
  -- 50 trondelag vinterferie (2025-03-03..2025-03-07)
  ('trondelag', '2024-2025', 'vinterferie', 'uke 10', true, false,
   'Tentative: one municipal page (Frøya): "Vinterferie 3. - 7. mars", week 10 where Trøndelag usually has week 8; to be checked against the county''s skolerute.',
   'Skoleruta (Frøya kommune), https://froya.kommune.no/tjenester/oppvekst/skole-og-barnehagerute/skoleruta',
   'municipality', 'vigo_cal'),
  -- 55 troms hostferie (2024-10-02..2024-10-04)
  ('troms', '2024-2025', 'hostferie', 'uke 40 ons-fre', true, false,
   'Tentative: municipal forskrift that "følger Troms og Finnmark fylkeskommunens skolerute for videregående skolene": "Høstferie onsdag 2.oktober-fredag 4.oktober", Wednesday to Friday only; Harstad kommune prints the same days.',
   'Forskrift om skole- og feriedager 2024-2025, Kåfjord kommune, https://www.kafjord.kommune.no/cppage.6678809-422935.html',
   'municipality', 'vigo_cal'),
  -- 55 troms vinterferie (2025-03-03..2025-03-07)
  ('troms', '2024-2025', 'vinterferie', 'uke 10', true, false,
   'Tentative: same forskrift: "Vinterferie mandag 3.mars-fredag 7.mars" (week 10); Harstad kommune agrees.',
   'Forskrift om skole- og feriedager 2024-2025, Kåfjord kommune, https://www.kafjord.kommune.no/cppage.6678809-422935.html',
   'municipality', 'vigo_cal'),
  -- 56 finnmark hostferie (2024-10-02..2024-10-04)
  ('finnmark', '2024-2025', 'hostferie', 'uke 40 ons-fre', true, false,
   'Tentative: municipal page (Gamvik grunnskole), no county or vgs page for Finnmark after the split found; its year read from the weekdays it prints (Monday 19 August, second Whit Monday 9 June: 2024-2025): "Høstferie: onsdag 2. til fredag 4. oktober (i uke 40)", the days of the Troms og Finnmark vgs skolerute that Kåfjord follows.',
   'Ferie og fridager - skoleruta (Gamvik kommune), https://gamvik.kommune.no/tjenester/barnehage-og-skole/skole/ferie-og-fridager-skoleruta',
   'municipality', 'vigo_cal'),
  -- 56 finnmark vinterferie (2025-03-05..2025-03-07)
  ('finnmark', '2024-2025', 'vinterferie', 'uke 10 ons-fre', true, false,
   'Tentative: same page: "Vinterferie: 5. til 7. mars (uke 10)", Wednesday to Friday; the Troms og Finnmark vgs skolerute that Kåfjord follows has the whole week 10, so these days may be Gamvik''s own. To be checked against Finnmark fylkeskommune''s skolerute.',
   'Ferie og fridager - skoleruta (Gamvik kommune), https://gamvik.kommune.no/tjenester/barnehage-og-skole/skole/ferie-og-fridager-skoleruta',
   'municipality', 'vigo_cal');

-- 2025-2026
INSERT INTO vigo_cal.school_holiday
  (region_key, school_year, kind, rule, tentative, one_off, note, source, source_kind, origin)
VALUES
  -- 03 oslo hostferie (2025-09-29..2025-10-03)
  ('oslo', '2025-2026', 'hostferie', 'uke 40', true, false,
   'Tentative: a standing rule, no dated list for this year found. Osloskolen (one skolerute for grunnskole and vgs): "Høstferien er alltid uke 40, og vinterferien er alltid uke 8". Kastellet skole printed the same rule for 2018-2019, and the dated list of 2024-2025 keeps it.',
   'Ferie og fridager (Vetland skole, osloskolen.no), https://vetland.osloskolen.no/skolens-tilbud/hjemskole-samarbeid/ferie-og-fridager/',
   'school', 'vigo_cal'),
  -- 03 oslo vinterferie (2026-02-16..2026-02-20)
  ('oslo', '2025-2026', 'vinterferie', 'uke 8', true, false,
   'Tentative: the same standing rule: "vinterferien er alltid uke 8".',
   'Ferie og fridager (Vetland skole, osloskolen.no), https://vetland.osloskolen.no/skolens-tilbud/hjemskole-samarbeid/ferie-og-fridager/',
   'school', 'vigo_cal'),
  -- 18 nordland hostferie (2025-09-29..2025-10-03)
  ('nordland', '2025-2026', 'hostferie', 'uke 40', true, false,
   'Tentative: municipal page (Nesna grunnskole): "Høstferie: 29. september - 3. oktober", the whole week 40.',
   'Skolerute 2025-2026 (Nesna kommune), https://nesna.kommune.no/aktuelt/skolerute-2025-2026.3971.aspx',
   'municipality', 'vigo_cal'),
  -- 18 nordland vinterferie (2026-03-02..2026-03-06)
  ('nordland', '2025-2026', 'vinterferie', 'uke 10', true, false,
   'Tentative: municipal page (Nesna grunnskole): "Vinterferie: 2. mars - 6. mars" (week 10).',
   'Skolerute 2025-2026 (Nesna kommune), https://nesna.kommune.no/aktuelt/skolerute-2025-2026.3971.aspx',
   'municipality', 'vigo_cal'),
  -- 31 ostfold hostferie (2025-09-29..2025-10-03)
  ('ostfold', '2025-2026', 'hostferie', 'uke 40', false, false,
   'A school that follows the public vgs of Østfold: "Uke 40: Høstferie (mandag 29. september til fredag 3. oktober)". The county says 2025-2026 and 2026-2027 were adopted on 19.06.2024; their days are not in the copy read.',
   'Skolerute (hnh.vgs.no, skoleruta høsten 2025 / våren 2026), https://hnh.vgs.no/for-elever-og-foresatte/skolerute',
   'school', 'vigo_cal'),
  -- 31 ostfold vinterferie (2026-02-16..2026-02-20)
  ('ostfold', '2025-2026', 'vinterferie', 'uke 8', false, false,
   'Same page: "Uke 8: Vinterferie (mandag 16. februar til fredag 20. februar)".',
   'Skolerute (hnh.vgs.no, skoleruta høsten 2025 / våren 2026), https://hnh.vgs.no/for-elever-og-foresatte/skolerute',
   'school', 'vigo_cal'),
  -- 32 akershus hostferie (2025-09-29..2025-10-03)
  ('akershus', '2025-2026', 'hostferie', 'uke 40', false, false,
   'Asker vgs: "Mandag 29. september til og med fredag 3. oktober – Høstferie (uke 40)".',
   'Skoleferier og fridager (skoleruta), Asker vgs (afk.no), https://afk.no/asker-vgs/for-elever/skolehverdagen/skoleferier-og-fridager-skoleruta/',
   'school', 'vigo_cal'),
  -- 32 akershus vinterferie (2026-02-16..2026-02-20)
  ('akershus', '2025-2026', 'vinterferie', 'uke 8', false, false,
   'Asker vgs: "Mandag 16. februar til og med fredag 20. februar – Vinterferie (uke 8)".',
   'Skoleferier og fridager (skoleruta), Asker vgs (afk.no), https://afk.no/asker-vgs/for-elever/skolehverdagen/skoleferier-og-fridager-skoleruta/',
   'school', 'vigo_cal'),
  -- 33 buskerud hostferie (2025-09-29..2025-10-03)
  ('buskerud', '2025-2026', 'hostferie', 'uke 40', true, false,
   'Tentative: municipal page (Gol): "Haustferie måndag 29.9 - fredag 3.10 (veke 40)".',
   'Skulerute for vaksenopplæringa 2024 - 2025 / 2025 - 2026 (Gol kommune), https://www.gol.kommune.no/meny/barnehage-og-skule/skuletilbod/gol-vaksenopplaring/skulerute',
   'municipality', 'vigo_cal'),
  -- 33 buskerud vinterferie (2026-02-23..2026-02-27)
  ('buskerud', '2025-2026', 'vinterferie', 'uke 9', true, false,
   'Tentative: municipal page (Gol): "Vinterferie 23.2. - 27.2 (veke 9)".',
   'Skulerute for vaksenopplæringa 2024 - 2025 / 2025 - 2026 (Gol kommune), https://www.gol.kommune.no/meny/barnehage-og-skule/skuletilbod/gol-vaksenopplaring/skulerute',
   'municipality', 'vigo_cal'),
  -- 34 innlandet hostferie (2025-10-06..2025-10-10)
  ('innlandet', '2025-2026', 'hostferie', 'uke 41', true, false,
   'Tentative: municipal page, no vgs page for 2025-2026 found. Åmot: "Høstferie Uke 41 - mandag 06.10–fredag 10.10.2025"; Hamar and Gjøvik agree.',
   'Ferie og fridager i skolen (Åmot kommune), https://www.amot.kommune.no/tjenester/barnehage-og-skole/skole/ferie-og-fridager-i-skolen',
   'municipality', 'vigo_cal'),
  -- 34 innlandet vinterferie (2026-02-23..2026-02-27)
  ('innlandet', '2025-2026', 'vinterferie', 'uke 9', true, false,
   'Tentative: municipal page. Åmot: "Vinterferie Uke 9 - mandag 23.02 - fredag 27.02.2026"; Hamar and Gjøvik agree.',
   'Ferie og fridager i skolen (Åmot kommune), https://www.amot.kommune.no/tjenester/barnehage-og-skole/skole/ferie-og-fridager-i-skolen',
   'municipality', 'vigo_cal'),
  -- 39 vestfold hostferie (2025-10-06..2025-10-10)
  ('vestfold', '2025-2026', 'hostferie', 'uke 41', false, false,
   'Sandefjord vgs ("Felles skolerute for kommunene og de videregående skolene i Vestfold"): "Høstferie: uke 41 (f.o.m. mandag 6. oktober t.o.m. fredag 10. oktober)".',
   'Skoleruta (Sandefjord vgs, vestfoldfylke.no), https://www.vestfoldfylke.no/no/skoler/sandefjord-vgs/meny/elev-ved-sandefjord-vgs/skolerute',
   'school', 'vigo_cal'),
  -- 39 vestfold vinterferie (2026-02-16..2026-02-20)
  ('vestfold', '2025-2026', 'vinterferie', 'uke 8', false, false,
   'Sandefjord vgs: "Vinterferie: uke 8 (f.o.m. mandag 16. februar t.o.m. fredag 20. februar)".',
   'Skoleruta (Sandefjord vgs, vestfoldfylke.no), https://www.vestfoldfylke.no/no/skoler/sandefjord-vgs/meny/elev-ved-sandefjord-vgs/skolerute',
   'school', 'vigo_cal'),
  -- 42 agder hostferie (2025-09-29..2025-10-03)
  ('agder', '2025-2026', 'hostferie', 'uke 40', false, false,
   'Sam Eyde vgs: "Høstferie uke 40: 29. september - 3. oktober"; the year follows from the weekdays on the page ("Skolestart: torsdag 14. august").',
   'Skoleferier og fridager (skolerute), Sam Eyde vgs, https://sameyde.vgs.no/for-elever/skolehverdag/skoleferier-og-fridager-skolerute',
   'school', 'vigo_cal'),
  -- 42 agder vinterferie (2026-02-16..2026-02-20)
  ('agder', '2025-2026', 'vinterferie', 'uke 8', false, false,
   'Sam Eyde vgs: "Vinterferie uke 8: 16. februar - 20. februar"; Vågsbygd vgs prints the same.',
   'Skoleferier og fridager (skolerute), Sam Eyde vgs, https://sameyde.vgs.no/for-elever/skolehverdag/skoleferier-og-fridager-skolerute',
   'school', 'vigo_cal'),
  -- 46 vestland hostferie (2025-10-06..2025-10-10)
  ('vestland', '2025-2026', 'hostferie', 'uke 41', false, false,
   'Osterøy vgs (former Hordaland): "Veke 41, 6. til 10. oktober er haustferie"; Stord vgs agrees, and Kinn, Fjaler and Lærdal (former Sogn og Fjordane) have week 41 too.',
   'Skuleruta 2025/2026 for skjermlesar (Osterøy vgs), https://osteroy.vgs.no/andre-sider/skuleruta-20252026-for-skjermlesar',
   'school', 'vigo_cal'),
  -- 46 vestland_tidl_hordaland vinterferie (2026-02-23..2026-02-27)
  ('vestland_tidl_hordaland', '2025-2026', 'vinterferie', 'uke 9', false, false,
   'Osterøy vgs: "Veke 9, 23. til 27. februar er vinterferie"; Stord vgs agrees.',
   'Skuleruta 2025/2026 for skjermlesar (Osterøy vgs), https://osteroy.vgs.no/andre-sider/skuleruta-20252026-for-skjermlesar',
   'school', 'vigo_cal'),
  -- 46 vestland_tidl_sogn_og_fjordane vinterferie (2026-02-16..2026-02-20)
  ('vestland_tidl_sogn_og_fjordane', '2025-2026', 'vinterferie', 'uke 8', true, false,
   'Tentative: municipal page (Kinn), no vgs page of former Sogn og Fjordane found: "Vinterferie måndag 16. februar til fredag 20. februar (v. 8)"; Fjaler and Lærdal agree.',
   'Forskrift om skuledagar, ferie- og fridagar (Kinn kommune), https://kinn.kommune.no/vare-tenester/oppvekst-og-utdanning/skule/forskrift-om-skuledagar-ferie-og-fridagar',
   'municipality', 'vigo_cal'),
  -- 50 trondelag hostferie (2025-10-06..2025-10-10)
  ('trondelag', '2025-2026', 'hostferie', 'uke 41', true, false,
   'Tentative: municipal page (Frosta): "Høstferie uke 41: mandag 6. oktober - fredag 10. oktober"; Nærøysund agrees.',
   'Skoleruta - ferie og fridager (Frosta kommune), https://www.frosta.kommune.no/tjenester/barnehage-og-skole/skole/skoleruta-ferie-og-fridager/',
   'municipality', 'vigo_cal'),
  -- 50 trondelag vinterferie (2026-02-16..2026-02-20)
  ('trondelag', '2025-2026', 'vinterferie', 'uke 8', true, false,
   'Tentative: municipal page (Frosta): "Vinterferie uke 8: mandag 16. februar - fredag 20. februar"; Nærøysund agrees.',
   'Skoleruta - ferie og fridager (Frosta kommune), https://www.frosta.kommune.no/tjenester/barnehage-og-skole/skole/skoleruta-ferie-og-fridager/',
   'municipality', 'vigo_cal');

-- 2026-2027
INSERT INTO vigo_cal.school_holiday
  (region_key, school_year, kind, rule, tentative, one_off, note, source, source_kind, origin)
VALUES
  -- 03 oslo hostferie (2026-09-28..2026-10-02)
  ('oslo', '2026-2027', 'hostferie', 'uke 40', true, false,
   'Tentative: a standing rule, no dated list for this year found. Osloskolen (one skolerute for grunnskole and vgs): "Høstferien er alltid uke 40, og vinterferien er alltid uke 8". Kastellet skole printed the same rule for 2018-2019, and the dated list of 2024-2025 keeps it.',
   'Ferie og fridager (Vetland skole, osloskolen.no), https://vetland.osloskolen.no/skolens-tilbud/hjemskole-samarbeid/ferie-og-fridager/',
   'school', 'vigo_cal'),
  -- 03 oslo vinterferie (2027-02-22..2027-02-26)
  ('oslo', '2026-2027', 'vinterferie', 'uke 8', true, false,
   'Tentative: the same standing rule: "vinterferien er alltid uke 8".',
   'Ferie og fridager (Vetland skole, osloskolen.no), https://vetland.osloskolen.no/skolens-tilbud/hjemskole-samarbeid/ferie-og-fridager/',
   'school', 'vigo_cal'),
  -- 11 rogaland vinterferie (2027-02-15..2027-02-19)
  ('rogaland', '2026-2027', 'vinterferie', 'uke 7', true, true,
   'Tentative: inferred from a municipal (grunnskole) page that prints no days: "vinterferien neste skoleår er uke 7, to uker tidligere enn normalt" (normally uke 9), for the early Easter of 2027. Read as ISO week 7, 15.-19.02.2027 (some pages number the weeks of 2027 one higher than ISO). One-off: later years are projected from uke 9.',
   'Hana skole, Sandnes (minskole.no): notice of the adopted skolerute 2026-2027, http://www.minskole.no/hana',
   'municipality', 'vigo_cal'),
  -- 34 innlandet hostferie (2026-10-05..2026-10-09)
  ('innlandet', '2026-2027', 'hostferie', 'uke 41', true, false,
   'Tentative: municipal page. Åmot: "Høstferie Uke 41 - mandag 05.10–fredag 09.10.2026"; Hamar, Gjøvik and Trysil agree.',
   'Ferie og fridager i skolen (Åmot kommune), https://www.amot.kommune.no/tjenester/barnehage-og-skole/skole/ferie-og-fridager-i-skolen',
   'municipality', 'vigo_cal'),
  -- 34 innlandet vinterferie (2027-02-22..2027-02-26)
  ('innlandet', '2026-2027', 'vinterferie', 'uke 8', true, true,
   'Tentative: municipal page. Åmot: "Vinterferie Uke 9 - mandag 22.02 - fredag 26.02.2027"; these days are ISO week 8 (2027 begins on a Friday and the page numbers its weeks one higher). Hamar, Gjøvik and Trysil print the same days. One-off: the usual week is 9 (2022-2023 to 2025-2026), and later years are projected from it.',
   'Ferie og fridager i skolen (Åmot kommune), https://www.amot.kommune.no/tjenester/barnehage-og-skole/skole/ferie-og-fridager-i-skolen',
   'municipality', 'vigo_cal'),
  -- 39 vestfold hostferie (2026-10-05..2026-10-09)
  ('vestfold', '2026-2027', 'hostferie', 'uke 41', false, false,
   'Sandefjord vgs: "Høstferie: uke 41 (f.o.m. mandag 5. oktober t.o.m. fredag 9. oktober)".',
   'Skoleruta (Sandefjord vgs, vestfoldfylke.no), https://www.vestfoldfylke.no/no/skoler/sandefjord-vgs/meny/elev-ved-sandefjord-vgs/skolerute',
   'school', 'vigo_cal'),
  -- 39 vestfold vinterferie (2027-02-22..2027-02-26)
  ('vestfold', '2026-2027', 'vinterferie', 'uke 8', false, false,
   'Sandefjord vgs: "Vinterferie: uke 8 (f.o.m. mandag 22. februar t.o.m. fredag 26. februar)", ISO week 8 of 2027: number and days agree.',
   'Skoleruta (Sandefjord vgs, vestfoldfylke.no), https://www.vestfoldfylke.no/no/skoler/sandefjord-vgs/meny/elev-ved-sandefjord-vgs/skolerute',
   'school', 'vigo_cal'),
  -- 42 agder hostferie (2026-09-28..2026-10-02)
  ('agder', '2026-2027', 'hostferie', 'uke 40', true, false,
   'Tentative: municipal page (Froland grunnskole), no county or vgs page for 2026-2027 found: "Høstferie: 28. september - 2. oktober (uke 40)".',
   'Skoleruta 2026-2027 (Froland kommune), https://www.froland.kommune.no/tjenester/skole-og-opplaring/skoleruta-2026-2027/',
   'municipality', 'vigo_cal'),
  -- 42 agder vinterferie (2027-02-22..2027-02-26)
  ('agder', '2026-2027', 'vinterferie', 'uke 8', true, false,
   'Tentative: municipal page (Froland): "Vinterferie: 22. - 26. februar (uke 8)".',
   'Skoleruta 2026-2027 (Froland kommune), https://www.froland.kommune.no/tjenester/skole-og-opplaring/skoleruta-2026-2027/',
   'municipality', 'vigo_cal'),
  -- 46 vestland_tidl_hordaland hostferie (2026-10-05..2026-10-09)
  ('vestland_tidl_hordaland', '2026-2027', 'hostferie', 'uke 41', true, false,
   'Tentative: municipal page (Bergen grunnskole), no county or vgs page for 2026-2027 found: "05.10. - 09.10. Høstferie for skolene", the week former Sogn og Fjordane has too.',
   'Ferie og fridager (Fjellsdalen skole, Bergen kommune; the stored copy is served at an IP address under the path of bergen.kommune.no), http://193.161.171.199/omkommunen/avdelinger/fjellsdalen-skole/ferie-og-fridager',
   'municipality', 'vigo_cal'),
  -- 46 vestland_tidl_hordaland vinterferie (2027-03-01..2027-03-05)
  ('vestland_tidl_hordaland', '2026-2027', 'vinterferie', 'uke 9', true, false,
   'Tentative: same page: "01.03. - 05.03. Vinterferie for skolene", ISO week 9 of 2027, the usual week (not moved for the early Easter).',
   'Ferie og fridager (Fjellsdalen skole, Bergen kommune; the stored copy is served at an IP address under the path of bergen.kommune.no), http://193.161.171.199/omkommunen/avdelinger/fjellsdalen-skole/ferie-og-fridager',
   'municipality', 'vigo_cal'),
  -- 46 vestland_tidl_sogn_og_fjordane hostferie (2026-10-05..2026-10-09)
  ('vestland_tidl_sogn_og_fjordane', '2026-2027', 'hostferie', 'uke 41', true, false,
   'Tentative: municipal page (Kinn): "Haustferie: måndag 5. til fredag 9. oktober (veke 41)".',
   'Forskrift om skuledagar, ferie- og fridagar (Kinn kommune), https://kinn.kommune.no/vare-tenester/oppvekst-og-utdanning/skule/forskrift-om-skuledagar-ferie-og-fridagar',
   'municipality', 'vigo_cal'),
  -- 46 vestland_tidl_sogn_og_fjordane vinterferie (2027-02-22..2027-02-26)
  ('vestland_tidl_sogn_og_fjordane', '2026-2027', 'vinterferie', 'uke 8', true, false,
   'Tentative: municipal page (Kinn): "Vinterferie: måndag 22. februar - fredag 26. februar (veke 8)".',
   'Forskrift om skuledagar, ferie- og fridagar (Kinn kommune), https://kinn.kommune.no/vare-tenester/oppvekst-og-utdanning/skule/forskrift-om-skuledagar-ferie-og-fridagar',
   'municipality', 'vigo_cal');

-- Aggregator listings (source_kind 'aggregator', the last resort): a county
-- part and year with no county, school or municipal page found.  Each row
-- quotes the page and is tentative.
INSERT INTO vigo_cal.school_holiday
  (region_key, school_year, kind, rule, tentative, one_off, note, source, source_kind, origin)
VALUES
  -- 55 troms hostferie (2025-10-01..2025-10-03)
  ('troms', '2025-2026', 'hostferie', 'uke 40 ons-fre', true, false,
   'Tentative: aggregator, no county, school or municipal page for 2025-2026 found. skolefri.no, "Skolerute i Troms", pointing to tromsfylke.no: "Høstferie fra 01. oktober 2025 (onsdag) til 03. oktober 2025 (fredag)", Wednesday to Friday of week 40 as in 2024-2025.',
   'Skolerute i Troms 2026 og 2027 (skolefri.no), https://skolefri.no/skolerute/troms',
   'aggregator', 'vigo_cal'),
  -- 55 troms vinterferie (2026-03-02..2026-03-06)
  ('troms', '2025-2026', 'vinterferie', 'uke 10', true, false,
   'Tentative: aggregator (skolefri.no): "Vinterferie fra 02. mars 2026 (mandag) til 06. mars 2026 (fredag)", week 10.',
   'Skolerute i Troms 2026 og 2027 (skolefri.no), https://skolefri.no/skolerute/troms',
   'aggregator', 'vigo_cal'),
  -- 55 troms hostferie (2026-09-30..2026-10-02)
  ('troms', '2026-2027', 'hostferie', 'uke 40 ons-fre', true, false,
   'Tentative: aggregator (skolefri.no): "Høstferie fra 30. september 2026 (onsdag) til 02. oktober 2026 (fredag)", Wednesday to Friday of week 40.',
   'Skolerute i Troms 2026 og 2027 (skolefri.no), https://skolefri.no/skolerute/troms',
   'aggregator', 'vigo_cal'),
  -- 55 troms vinterferie (2027-02-22..2027-02-26)
  ('troms', '2026-2027', 'vinterferie', 'uke 8', true, true,
   'Tentative: aggregator (skolefri.no): "Vinterferie fra 22. februar 2027 (mandag) til 26. februar 2027 (fredag)", ISO week 8, where Troms had week 10 in every year before (2023-2024 to 2025-2026); one_off, as Easter 2027 is early (28 March, the reason Rogaland gives for its move), so later years are projected from week 10; check tromsfylke.no.',
   'Skolerute i Troms 2026 og 2027 (skolefri.no), https://skolefri.no/skolerute/troms',
   'aggregator', 'vigo_cal');

-- 2027-2028
INSERT INTO vigo_cal.school_holiday
  (region_key, school_year, kind, rule, tentative, one_off, note, source, source_kind, origin)
VALUES
  -- 03 oslo hostferie (2027-10-04..2027-10-08)
  ('oslo', '2027-2028', 'hostferie', 'uke 40', true, false,
   'Tentative: a standing rule, no dated list for this year found. Osloskolen (one skolerute for grunnskole and vgs): "Høstferien er alltid uke 40, og vinterferien er alltid uke 8". Kastellet skole printed the same rule for 2018-2019, and the dated list of 2024-2025 keeps it.',
   'Ferie og fridager (Vetland skole, osloskolen.no), https://vetland.osloskolen.no/skolens-tilbud/hjemskole-samarbeid/ferie-og-fridager/',
   'school', 'vigo_cal'),
  -- 03 oslo vinterferie (2028-02-21..2028-02-25)
  ('oslo', '2027-2028', 'vinterferie', 'uke 8', true, false,
   'Tentative: the same standing rule: "vinterferien er alltid uke 8".',
   'Ferie og fridager (Vetland skole, osloskolen.no), https://vetland.osloskolen.no/skolens-tilbud/hjemskole-samarbeid/ferie-og-fridager/',
   'school', 'vigo_cal');
