-- The 2023-2024 edition of the årshjul as data: parties, categories, one
-- event per recurring duty with the rule that dates it in any school year,
-- the overrides where the printed date follows no rule, the links between
-- events, and the edition itself with every entry as printed.
--
-- Source: the seed files arshjul_2023_2024.csv (the structured
-- transcription of the OCR'd PDF "ÅRSHJUL VIGO OPPLÆRING, skoleåret
-- 2023-2024 (pr. 21.08.2023)", and procedures.md).  Entry ids e1..e114 are
-- the transcription's.
--
-- Conventions
-- * An entry printed in both July 2023 and July 2024 is one event whose rule
--   gives both dates; July belongs to the school year before (July 2023 is
--   an occurrence of 2022-2023).  Its text follows the July 2024 printing,
--   the occurrence in the edition's own school year, unless noted.
-- * Titles and comments are templates (see render_template): {sy}, {sy-1},
--   {sy+1}, {y}, {y+1} for school years, {date:KEY}/{day:KEY} for another
--   event's date in the same school year, {date:county_deadline} and
--   {date:self}.  Dates that are the same every year (reference dates such
--   as "pr 01. oktober", "per 15. november") stay as text.
-- * {date:self + 2 virkedager} (a rule counting from the event itself) is
--   used where the text names a date a fixed distance from the event's own
--   date: "Data vil være i VIGO senest ..." (Udir WIS), "Conexus vil ha data
--   senest ...", "ftp-server senest ...".  render_template resolves the
--   offsets after the key as a rule (doc/schedule.md, Templates).
-- * Rules give the day an editor would print in any year.  The evidence is
--   the edition itself: only 7 of its 113 dates fall on a weekend, all of
--   them dates fixed by law or by a system (15.07, 14.07, 30.06, the day
--   before the last formidlingsfil); the "pr"/"per" rows move a weekend to
--   the next working day (Sun 01.10.2023 -> Mon 02.10, Sat 15.06.2024 ->
--   Mon 17.06, 01.01 -> Tue 02.01.2024); and the publisher writes of a
--   Sunday deadline "dvs. siste arbeidsdag fredag".  So:
--   - fixed_date true, a plain day: fixed by law or by a system, kept on a
--     weekend (14.07, 15.07, 30.06, 31.07; the day before the last
--     formidlingsfil; the month "i løpet av august");
--   - "DD.MM, neste virkedag": deliveries, publications, jobs and runs,
--     first days, recommended dates, and the deadlines that applicants or
--     the public meet (søknadsfrist, oppmelding), which in Norway move to
--     the next working day;
--   - "DD.MM, forrige virkedag": internal deadlines ("Siste dato", "Frist
--     for", "Siste frist"), their last working day; but the deadlines of
--     3 January move forward, not back over New Year;
--   - an nth weekday or a week where a block of days hangs on a weekday; a
--     reference (KEY + n virkedager) where the text or procedures.md says
--     one duty follows another.
--   The rule of every event, with its evidence in one line, is in
--   doc/schedule.md.  Judgement calls are noted above the event.
-- * Rights updates (5A019) fall on the working day before the delivery they
--   prepare; Udir's "Tilbakemelding" one working day after the delivery;
--   "Frist for fylkene å registrere/kjøre inntak i VIGO er X" is the county
--   deadline, always the calendar day before.
-- * first_school_year is NULL (always) for every event: the rules are meant
--   for every year, and the July 2023 entries are occurrences of 2022-2023.
-- * A Fra or Til cell with two parties (printed on two lines) keeps both:
--   the first in from_party, the second in from_party_2 (nine Fra cells).
-- * The July duties printed in July 2023 (occurrences of 2022-2023) have the
--   words of that printing in event_wording (last_school_year 2022-2023);
--   the events have those of July 2024.  Where the edition names a date
--   in a text, the template gives that date in 2023-2024 and the
--   corresponding one in any other year.

-- ---------------------------------------------------------------------
-- Parties: every Fra and Til of the edition
-- ---------------------------------------------------------------------
INSERT INTO vigo_cal.party (party_key, name, description, origin) VALUES
  ('vigo_ist', 'VIGO (IST)', 'IST, the vendor that runs VIGO centrally (also printed "Vigo (IST)")', 'vigo_cal'),
  ('vigo_sentralbasen_ist', 'VIGO Sentralbasen (IST)', 'the central VIGO database, run by IST', 'vigo_cal'),
  ('vigo_inntak', 'VIGO (Inntak)', 'the admissions side of VIGO in the counties', 'vigo_cal'),
  ('vigo_skole_inntak', 'VIGO Skole (Inntak)', 'VIGO Skole, administered by the county admissions office', 'vigo_cal'),
  ('vigo_inntakskontoret', 'VIGO (Inntakskontoret)', 'the county admissions office, as VIGO user', 'vigo_cal'),
  ('inntakskontorene', 'Inntakskontorene', 'the county admissions offices', 'vigo_cal'),
  ('vigo_fagopplaering', 'VIGO (Fagopplæring)', 'the apprenticeship (fagopplæring) side of VIGO in the counties', 'vigo_cal'),
  ('fylkesansvarlig_vis', 'Fylkesansvarlig for ViS', 'the county officer for ViS (Visma InSchool)', 'vigo_cal'),
  ('skolene_fylkesansvarlig_sas', 'Skolene/Fylkesansvarlig SAS', 'the schools and the county officer for the school administration systems', 'vigo_cal'),
  ('privatistkontoret_fylkesansvarlig_sas', 'Privatistkontoret/Fylkesansvarlig SAS', 'the county office for private candidates and the county officer for the school administration systems', 'vigo_cal'),
  ('grunnskolene', 'Grunnskolene', 'the lower-secondary schools', 'vigo_cal'),
  ('skolene', 'Skolene', 'the upper-secondary schools', 'vigo_cal'),
  ('fylkene', 'Fylkene', 'the counties (fylkeskommunene)', 'vigo_cal'),
  ('fylkene_vilbli', 'Fylkene/vilbli.no (Fagbokforlaget)', 'the counties together with vilbli.no', 'vigo_cal'),
  ('vilbli', 'vilbli.no (Fagbokforlaget)', 'vilbli.no, the national guide to upper-secondary education, run by Fagbokforlaget', 'vigo_cal'),
  ('vigo_ot', 'VIGO OT', 'the follow-up service (oppfølgingstjenesten) module of VIGO', 'vigo_cal'),
  ('vigo_ot_ansvarlig', 'VIGO OT-ansvarlig i fylket', 'the county officer for VIGO OT', 'vigo_cal'),
  ('vigo_kodeverksgruppe', 'VIGO Kodeverksgruppe', 'the VIGO code-list group', 'vigo_cal'),
  ('udir', 'Udir', 'Utdanningsdirektoratet, the Directorate for Education and Training', 'vigo_cal'),
  ('udir_inkl_ssb', 'Udir (inkl SSB)', 'Udir, receiving on behalf of Statistics Norway as well', 'vigo_cal'),
  ('udir_wis', 'Udir (WIS)', 'Udir''s WIS, the data system of the private schools', 'vigo_cal'),
  ('ssb', 'SSB', 'Statistisk sentralbyrå, Statistics Norway', 'vigo_cal'),
  ('bring_og_ssb', 'Bring og SSB', 'Bring (postal codes) and SSB (municipality numbers)', 'vigo_cal'),
  ('lanekassen', 'Lånekassen', 'Statens lånekasse for utdanning, the student loan fund', 'vigo_cal'),
  ('fpvs', 'Forsvarets personell- og vernepliktssenter (FPVS)', 'the armed forces'' personnel and conscription centre', 'vigo_cal'),
  ('conexus', 'Conexus', 'Conexus, vendor of the Insight (formerly PULS) analysis tool', 'vigo_cal'),
  ('statsforvalteren', 'Statsforvalteren', 'the county governor, responsible for joint exam marking', 'vigo_cal');

-- ---------------------------------------------------------------------
-- Categories: the colour legend of the PDF
-- ---------------------------------------------------------------------
-- The printed colours did not survive OCR, so the colours are a new
-- palette: Tableau 10 (distinct, readable on white, colour-blind tolerant)
-- for the ten legend keys, and a pale blue for school holidays, which the
-- wheel draws as background.
-- legend_text: the lines of the legend "FARGEKODER:" on the edition's
-- last page, in its order (ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024,
-- pr. 21.08.2023; the OCR's "Fagopplaeringsfiler", "Sgker", "Lanekassen"
-- and "Oppfelgingstjenesten" read with æ, ø and å).  The edition prints no
-- line for school holidays.
INSERT INTO vigo_cal.category (category_key, label, color, sort_order, origin, legend_text) VALUES
  ('vigo_internal', 'VIGO internt og fylkene', '#4e79a7', 10, 'vigo_cal', 'Interne datoer for Vigo'),
  ('udir_fagopplaering', 'Udir – fagopplæring', '#59a14f', 20, 'vigo_cal', 'Utdanningsdirektoratet Fagopplæringsfiler'),
  ('udir_privatskole', 'Udir – privatskoler', '#b07aa1', 30, 'vigo_cal', 'Utdanningsdirektoratet Privatskolerapportering'),
  ('udir_soker_inntak', 'Udir – søkere og inntak', '#76b7b2', 40, 'vigo_cal', 'Utdanningsdirektoratet Søker- og inntaksfil'),
  ('ssb_udir', 'SSB og Udir – statistikk', '#f28e2b', 50, 'vigo_cal', 'SSB og Utdanningsdirektoratet ssbResultat og ssbElev'),
  ('lanekassen', 'Lånekassen', '#e15759', 60, 'vigo_cal', 'Lånekassen'),
  ('ot', 'Oppfølgingstjenesten (OT)', '#edc948', 70, 'vigo_cal', 'Oppfølgingstjenesten'),
  ('vilbli', 'vilbli.no', '#ff9da7', 80, 'vigo_cal', 'vilbli.no (Fagbokforlaget)'),
  ('conexus', 'Conexus', '#9c755f', 90, 'vigo_cal', 'Insight (tidligere PULS) (Conexus)'),
  ('fpvs', 'FPVS', '#79706e', 100, 'vigo_cal', 'Forsvarets personell- og vernepliktssenter (FPVS)'),
  ('school_holiday', 'Skoleferie', '#a0cbe8', 110, 'vigo_cal', NULL);

-- ---------------------------------------------------------------------
-- Events: one per recurring duty, in the order of the edition
-- ---------------------------------------------------------------------
-- Above each row: the entries it stands for and their printed dates.
INSERT INTO vigo_cal.event
  (event_key, title, comment, from_party, to_party, category, vigo_report,
   rule, county_deadline, tentative, fixed_date, origin, from_party_2)
VALUES
  -- e1, e103: 04.jul / 02.jul
  -- 04.07.2023 and 02.07.2024 are both the first Tuesday of July.
  -- Text from the 2024 printing (e103).  "Conexus vil ha data senest" is the day after in
  -- 2024 (and in November and February), the same day in 2023 (e1, with no "Se info":
  -- event_wording).  "Se info i slutten av dette dokumentet" dangles (nothing about
  -- Conexus at the end of the document): kept as text, no link.
  ('conexus_juli',
   'Søker-, elev- og fagopplæringsdata til Conexus i forbindelse med Insight (tidligere PULS).',
   'Se info i slutten av dette dokumentet. Conexus vil ha data senest {date:self + 1 virkedag}.',
   'vigo_ist', 'conexus', 'conexus', NULL,
   '1. tirsdag i juli', NULL, false, false, 'vigo_cal', NULL),
  -- e2, e104: 05.jul / 08.jul
  -- Wed 05.07.2023 and Mon 08.07.2024 fit no common rule.  The rule is the 5th or the next
  -- working day, like the other FPVS extracts (05.10, 05.12, 01.03); 2024 (Fri 05.07 moved
  -- to Mon 08.07) is an override ("Dato for uttrekket kan bli noe justert").  Fra was "VIGO
  -- Sentralbasen (IST)" in 2023 (event_wording), "VIGO (IST)" in 2024.
  ('fpvs_fullfort_juli',
   'Datalevering - Fullført videregående opplæring skoleårene {sy-1} og {sy}.',
   'Dato for uttrekket kan bli noe justert.',
   'vigo_ist', 'fpvs', 'fpvs', NULL,
   '05.07, neste virkedag', NULL, true, false, 'vigo_cal', NULL),
  -- e3, e105: 14.jul / 14.jul
  -- Fixed (fixed_date): Fri 14.07.2023 and Sun 14.07.2024.  Text from 2024 (e105); 2023
  -- (e3, event_wording) read "Siste dato for kjøring av hovedinntaket Se 18. juli vedr
  -- levering av inntaksfil til Udir."
  ('hovedinntak_siste_kjoring',
   'Siste dato for kjøring av 1. hovedinntak Se {date:inntaksfil_juli}',
   NULL,
   'vigo_inntak', NULL, 'vigo_internal', NULL,
   '14.07', NULL, false, true, 'vigo_cal', NULL),
  -- e4, e106: 15.jul / 15.jul
  -- Fixed (fixed_date): Sat 15.07.2023 and Mon 15.07.2024.  Text from e4: e106 prints the
  -- same with a doubled word ("Frist for for fylkene"), a slip not worth keeping in a
  -- template (a deliberate difference, doc/schedule.md).
  -- Fra was "VIGO Sentralbasen (IST)" in 2023 (event_wording), "VIGO (IST)" in 2024.
  ('ssb_resultat_gs_endelig',
   'Elevdata ssbResultat og ssbResultatfag (skoleåret {sy}) for grunnskolen (endelig levering). Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Grunnlag for karakterstatistikk og for overgang grunnskole/videregående i KOSTRA.',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '15.07', 'ssb_resultat_gs_endelig - 1 dag', false, true, 'vigo_cal', NULL),
  -- e5, e107: 15.jul / 15.jul
  -- Fixed (fixed_date), as ssb_resultat_gs_endelig.  The comment is e107's as printed (the
  -- README calls it a copy of the grunnskole comment).  e5 had "Grunnlag for
  -- karakterstatistikk i KOSTRA. Se også 25. september.": that 25 September is
  -- ssb_resultat_vgs_2 of the NEXT school year (July belongs to the year before),
  -- {date:ssb_resultat_vgs_2@sy+1} in its event_wording row; the see_also link records it
  -- too.  Til was "Udir" in 2023, "Udir (inkl SSB)" in 2024.
  ('ssb_resultat_vgs_1',
   'Elevdata ssbResultat og ssbResultatfag (skoleåret {sy}) for videregående opplæring (1. levering). Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Grunnlag for karakterstatistikk og for overgang grunnskole/videregående i KOSTRA.',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '15.07', 'ssb_resultat_vgs_1 - 1 dag', false, true, 'vigo_cal', NULL),
  -- e6, e108: 18.jul / 16.jul
  -- One working day after the delivery: Sat 15.07.2023 rolls to Mon 17, + 1 = Tue 18.07;
  -- Mon 15.07.2024 + 1 = Tue 16.07.  "skoleåret {sy}" is in the 2024 text only (2023:
  -- event_wording).
  ('udir_tilbakemelding_resultat_gs',
   'Tilbakemelding fra Udir på ssbResultat og ssbResultatfag for grunnskolen skoleåret {sy}.',
   'IST henter ut disse filene fra Udir. Blir ikke sendt videre til fylkene.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_resultat_gs_endelig + 1 virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e7, e109: 18.jul / 16.jul
  ('udir_tilbakemelding_resultat_vgs_1',
   'Tilbakemelding fra Udir på ssbResultat og ssbResultatfag for videregående opplæring skoleåret {sy}.',
   'IST henter ut disse filene fra Udir. Filene blir lagt ut på fylkets ftp-server i begynnelsen av august.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_resultat_vgs_1 + 1 virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e8, e110: 18.jul / 17.jul
  -- "etter 1. inntak" (procedures.md S19, S20): two working days after the last run of the
  -- hovedinntak, Fri 14.07.2023 -> Tue 18.07 and Sun 14.07.2024 -> Wed 17.07.  The date of
  -- e8 is inferred (README repair 1).  e8 said "... er 17. juli 2023." and "per juli"
  -- (event_wording).
  ('inntaksfil_juli',
   'Inntaksfil skole og fagopplæring (etter 1. inntak) Frist for fylkene å kjøre inntak i VIGO er {date:county_deadline}.',
   'Grunnlag for publisering av 1. inntak per juli {y+1}',
   'vigo_ist', 'udir_inkl_ssb', 'udir_soker_inntak', NULL,
   'hovedinntak_siste_kjoring + 2 virkedager', 'inntaksfil_juli - 1 dag', false, false, 'vigo_cal', NULL),
  -- e9, e112: 31.jul / 31.jul
  -- Fixed (fixed_date): Mon 31.07.2023 and Wed 31.07.2024, a job on the last day of the
  -- school year.
  ('laerer_brukere_passiv',
   'Lærer-brukere i VIGO Skole settes passiv',
   NULL,
   'vigo_ist', NULL, 'vigo_internal', NULL,
   '31.07', NULL, false, true, 'vigo_cal', NULL),
  -- e10: 31.aug
  -- An internal deadline: its last working day.
  ('skolene_registrere_ajourhold',
   'Siste dato for skolene å registrere elever i forhold til ajourhold ved skolestart.',
   NULL,
   'skolene', NULL, 'vigo_internal', NULL,
   '31.08, forrige virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e11: I løpet av august
  -- fixed_date: a whole month, printed "I løpet av august" every year; its first day is no
  -- due date to move.
  ('vilbli_apner_neste_skolear',
   'vilbli.no åpner informasjon om skoleåret {sy+1}.',
   NULL,
   'vilbli', NULL, 'vilbli', NULL,
   'i løpet av august', NULL, false, true, 'vigo_cal', NULL),
  -- e12: 01.sep
  -- A delivery: the 1st or the next working day; the county deadline the day before.
  ('lanekassen_eksamensresultater',
   'Innsending av eksamensresultater for skoleåret {sy-1}. Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Fylket leverer data til Lånekassen så snart de er klar med egne data. Se også {date:ssb_resultat_vgs_2}.',
   'vigo_inntakskontoret', 'lanekassen', 'lanekassen', NULL,
   '01.09, neste virkedag', 'lanekassen_eksamensresultater - 1 dag', false, false, 'vigo_cal', NULL),
  -- e13: 05.sep
  -- A delivery: the 5th or the next working day, still before søker til elev (R1).
  -- "Se info i slutten av dette dokumentet" = the Rutiner (procedures.md section 1).
  ('privatskoledata_september',
   'Privatskoledata skoleåret {sy} (elever og programområder) til Vigo. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   'Se info i slutten av dette dokumentet.',
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '05.09, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e14: 08.sep
  -- The working day before søker til elev starts (Fri 08.09 before Mon 11.09): the updated
  -- inntaksdata must be in place first.
  -- Report code 8A011 kept as printed (README repair 17).
  ('inntaksdata_etter_ajourhold',
   'Frist for oppdaterte inntaksdata i VIGO (etter ajourhold).',
   'Rapport i VIGO 8A011 - Oppdatering av ajourhold.',
   'skolene_fylkesansvarlig_sas', NULL, 'vigo_internal', '8A011 - Oppdatering av ajourhold',
   'soker_til_elev_forste - 1 virkedag', NULL, false, false, 'vigo_cal', 'vigo_inntak'),
  -- e15: 08.sep
  -- A recommended run date: the 8th or the next working day.
  ('vigo_fag_til_vigo_voksen',
   'Anbefalt dato for overføring av data fra VIGO fag til VIGO Voksen. Gjelder avlagte prøver.',
   'Rapport 5A105 - Eksport til Vigo Voksen. Ligger under Kjøringer Fag Fylkene må vurdere om denne er aktuell i forhold til hvor mye VIGO Voksen blir brukt.',
   'vigo_fagopplaering', NULL, 'vigo_internal', '5A105 - Eksport til Vigo Voksen',
   '08.09, neste virkedag', NULL, false, false, 'vigo_cal', 'fylkesansvarlig_vis'),
  -- e16: 11.sep
  -- Judgement: Mon 11.09 to Fri 15.09 is one working week ("Første"/"Siste dato", each
  -- pointing at the other), so the window starts on the 2nd Monday of September and ends
  -- that Friday; after the privatskole import of 05.09 (procedures.md R1).
  ('soker_til_elev_forste',
   'Første dato for overføring fra søker til elev. Se {date:soker_til_elev_siste}',
   'Rapport i VIGO 5A001 - Oppdater elev fra søker. Etter overføring må vedlikehold av elever gjøres i 4S001. Se info i slutten av dette dokumentet.',
   'vigo_inntak', NULL, 'vigo_internal', '5A001 - Oppdater elev fra søker',
   '2. mandag i september', NULL, false, false, 'vigo_cal', NULL),
  -- e17: 15.sep
  ('soker_til_elev_siste',
   'Siste dato for overføring fra søker til elev Se {date:soker_til_elev_forste}',
   'Rapport i VIGO 5A001 - Oppdater elev fra søker. Etter overføring må vedlikehold av elever gjøres i 4S001. Se info i slutten av dette dokumentet.',
   'vigo_inntak', NULL, 'vigo_internal', '5A001 - Oppdater elev fra søker',
   'soker_til_elev_forste + 4 dager', NULL, false, false, 'vigo_cal', NULL),
  -- e18: 15.sep
  -- A delivery: the 15th or the next working day.
  ('privatskole_resultat_endelig',
   'Oppdatert fil fra privatskolene skoleåret {sy-1} i forhold til ssbResultat og ssbResultatfag (endelig levering) (Data vil være i VIGO senest {date:self + 2 virkedager})',
   'Etter denne dato må privatskolene selv melde endringer til Lånekassen for skoleåret {sy-1}.',
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '15.09, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e19: 15.sep
  -- A deadline the public meets: the 15th or the next working day.
  ('privatisteksamen_oppmelding_host',
   'Frist for oppmelding til privatisteksamen.',
   'Fylkene bestemmer dato for når oppmeldingsportalen åpner.',
   NULL, NULL, 'vigo_internal', NULL,
   '15.09, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e20: 18.sep
  -- The working day after the last day of søker til elev (procedures.md R2: OT lines are
  -- transferred after søker til elev).
  ('vigo_ot_overforing_forste',
   'Første dato for overføring av data fra VIGO til VIGO OT. Søkere som har takket nei. (Etter ajourhold fra skole).',
   'Rapport i VIGO: 6A015 - Utlasting til OT. Kjør uten lærlinger (gruppe 2-5) Se info i slutten av dette dokumentet.',
   'vigo_inntak', 'vigo_ot', 'ot', '6A015 - Utlasting til OT',
   'soker_til_elev_siste + 1 virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e21: 19.sep
  -- An internal deadline: its last working day.
  ('karakterer_etter_klage',
   'Frist for overføring av oppdaterte data fra skolene vedr. karakterer etter klagebehandling og evt. ny eksamen (eks sommerskolen).',
   'Husk evt. oppdatering av fullførtkoden.',
   'skolene_fylkesansvarlig_sas', NULL, 'vigo_internal', NULL,
   '19.09, forrige virkedag', NULL, false, false, 'vigo_cal', 'vigo_inntak'),
  -- e22: 22.sep
  -- Rights update on the working day before the delivery it prepares (procedures.md S12).
  ('rett_ssb_resultat_vgs_2',
   'Frist for å kjøre oppdatering av rett for statistikk til Udir/SSB. Se {date:ssb_resultat_vgs_2}',
   'Rapport i VIGO: 5A019 - Oppdatere rett',
   'fylkene', NULL, 'vigo_internal', '5A019 - Oppdatere rett',
   'ssb_resultat_vgs_2 - 1 virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e23: 25.sep
  -- Delivered on the 25th or the next working day: the publisher writes of 2023 "Frist for
  -- endelig levering ... er søndag 24. september (dvs. siste arbeidsdag fredag 22.
  -- september). IST leverer fil til Udir mandag 25. september."  The county deadline stays
  -- the day before, whatever the weekday.
  -- "Se også 17. juli" is stale (the 1. levering was dated Sat 15.07; README Observations):
  -- kept as printed, no link.
  ('ssb_resultat_vgs_2',
   'Elevdata ssbResultat og ssbResultatfag (skoleåret {sy-1}) for videregående opplæring (2. levering - endelig). HUSK! Det må kjøres oppdatering av rett. Se {date:rett_ssb_resultat_vgs_2}. Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Grunnlag for publisering av utdanningsstatistikk og KOSTRA. Se også 17. juli. Det bør også sendes ny fil til Lånekassen.',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '25.09, neste virkedag', 'ssb_resultat_vgs_2 - 1 dag', false, false, 'vigo_cal', NULL),
  -- e24: 26.sep
  ('udir_tilbakemelding_resultat_vgs_2',
   'Tilbakemelding på ssbResultat og ssbResultatfag.',
   'IST henter ut disse filene fra Udir. Blir ikke sendt videre til fylkene.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_resultat_vgs_2 + 1 virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e25: uke 40
  -- School holidays: these five events are the keys of the edition's entries only; the
  -- calendar's holiday rows come from vigo_cal.school_holiday (holiday_weeks, 55_counties.sql).
  ('hostferie_uke_40',
   'Høstferie for Agder, Oslo, Viken, Troms og Finnmark',
   'Med forbehold om endringer.',
   NULL, NULL, 'school_holiday', NULL,
   'uke 40', NULL, true, false, 'vigo_cal', NULL),
  -- e26: uke 41
  -- The whole week; Nordland only Wed-Fri (school_holiday: uke 41 ons-fre).
  ('hostferie_uke_41',
   'Høstferie for Innlandet, Møre og Romsdal, Rogaland, Trøndelag, Vestfold og Telemark, Vestland, Nordland (kun 11.-13. oktober)',
   'Med forbehold om endringer.',
   NULL, NULL, 'school_holiday', NULL,
   'uke 41', NULL, true, false, 'vigo_cal', NULL),
  -- e27: 02.okt
  -- "pr 01. oktober": delivered on the reference date or the next working day (01.10.2023
  -- is a Sunday), like the OT-data rows.
  ('udir_bedrift_oktober',
   'Filen for godkjente lærebedrifter (UdirBedrift) pr 01. oktober.',
   'Grunnlag for statistikk om lærebedrifter.',
   'vigo_ist', 'udir', 'udir_fagopplaering', NULL,
   '01.10, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e28: 02.okt
  -- A check the counties run: the 2nd or the next working day.
  ('adminbrukere_kontroll',
   'Kontroll av adminbrukerne på VIGO Skole',
   'Fylkene bør kontrollere adminbrukere.',
   'vigo_skole_inntak', NULL, 'vigo_internal', NULL,
   '02.10, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e29: 02.okt
  -- An internal deadline: its last working day.
  ('skolene_registrere_elevfil',
   'Siste dato for skolene å registrere data (fag på elevene, fagstatus og evt. elevtimer på fagene) i forhold til elevfilen til SSB/Udir.',
   NULL,
   'skolene', NULL, 'vigo_internal', NULL,
   '02.10, forrige virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e30: 05.okt
  -- An extract: the 5th or the next working day.
  ('fpvs_fullfort_oktober',
   'Datalevering - alle opplysninger om personer med fullført videregående opplæring fom 2009 + søkere som er overført fra 2S001 til 4S001 på uttrekkstidspunktet.',
   'Dato for uttrekket kan bli noe justert.',
   'vigo_ist', 'fpvs', 'fpvs', NULL,
   '05.10, neste virkedag', NULL, true, false, 'vigo_cal', NULL),
  -- e31: 09.okt
  -- Judgement: 09.10-13.10 is one working week built on this Monday delivery: Tue SAS
  -- import deadline, Wed IST update (data in VIGO), Thu rights update, Fri IST to Udir
  -- (WIS).  The chain keeps procedures.md S8, S10, S16, S17 in order in every year.
  -- Its April twin (08.04.2024) is also the 2nd Monday.
  ('privatskoledata_oktober',
   'Privatskoledata (elever, programområder og fag) til Vigo. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '2. mandag i oktober', NULL, false, false, 'vigo_cal', NULL),
  -- e32: 10.okt
  ('sas_import_elevfil',
   'Siste frist for å importere data fra de skoleadministrative systemene i forhold til elevfilene til SSB/Udir. Se {date:ist_oppdatere_fagstatus}.',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll. Etter fristen vil IST gjøre en jobb for å oppdatere feltene tidligere fagstatus og tidligere elevstatus.',
   'skolene_fylkesansvarlig_sas', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   'privatskoledata_oktober + 1 virkedag', NULL, false, false, 'vigo_cal', 'vigo_inntak'),
  -- e33: 11.okt
  -- After the import deadline (S16) and when the privatskole data are in VIGO (S17, two
  -- working days after the WIS delivery).  "pr 11.10" in the comment kept as printed
  -- (README repair 18: probably meant 01.10).
  ('ist_oppdatere_fagstatus',
   'Oppdatere 01.10 fagstatus og elevstatus etter at alle elevdata er importert i VIGO. Se {day:privatskoledata_oktober}. og {date:sas_import_elevfil}',
   'Jobben gjøres for å få riktige data i statistikk til Udir og SSB pr 11.10.',
   'vigo_ist', NULL, 'vigo_internal', NULL,
   'sas_import_elevfil + 1 virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e34: 12.okt
  -- "Kan ikke kjøres før privatskoledata er på plass i VIGO": the working day after the
  -- data are in VIGO (delivery + 2 working days).
  ('rett_privatskole_oktober',
   'Dato for å kjøre oppdatering av rett for IST skal levere data til privatskolene. Kan ikke kjøres før privatskoledata er på plass i VIGO. Se {day:privatskoledata_oktober}. og {date:privatskole_ist_oktober}.',
   'Rapport i VIGO: 5A019 - Oppdater rett kjøres bare for skoleåret {sy}.',
   'fylkene', NULL, 'udir_privatskole', '5A019 - Oppdater rett',
   'privatskoledata_oktober + 3 virkedager', NULL, false, false, 'vigo_cal', NULL),
  -- e35: 13.okt
  ('privatskole_ist_oktober',
   'Oppdaterte data på privatskoleelevene. FREG-adresse og rettsinfo. HUSK! Det må kjøres oppdatering av rett. Se {date:rett_privatskole_oktober}',
   NULL,
   'vigo_ist', 'udir_wis', 'udir_privatskole', NULL,
   'rett_privatskole_oktober + 1 virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e36: 16.okt
  -- A job: the 16th or the next working day (not a school-year end like 31.07).
  ('skolebrukere_passiv',
   'Skolebrukerne i VIGO Skole settes passiv.',
   NULL,
   'vigo_ist', NULL, 'vigo_internal', NULL,
   '16.10, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e37: 20.okt
  -- A first day: the 20th or the next working day.
  ('klasseordning_kopiering_forste',
   'Første dato for kopiering av klasseordningen',
   'Rapport i VIGO: 1A001 - Kopiere klasseordning. Pga vilbli.no Husk å kontrollere at ikke utgåtte programoradekoder legges inn for skoleåret {sy+1}.',
   'vigo_inntak', NULL, 'vigo_internal', '1A001 - Kopiere klasseordning',
   '20.10, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e38: 24.okt
  ('rett_ssb_elev_1',
   'Frist for å kjøres oppdatering av rett for statistikk til Udir/SSB. Se {date:ssb_elev_vgs_1}',
   'Rapport i VIGO: 5A019 - Oppdater rett',
   'fylkene', NULL, 'vigo_internal', '5A019 - Oppdater rett',
   'ssb_elev_vgs_1 - 1 virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e39: 25.okt
  -- A delivery: the 25th or the next working day, as ssb_resultat_vgs_2.
  ('ssb_elev_vgs_1',
   'Elevdata ssbElev og ssbElevfag (skoleåret {sy}) for videregående opplæring (1. levering). Husk! Det må kjøres oppdatering av rett. Se {date:rett_ssb_elev_1}. Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Se også {date:ssb_elev_vgs_2}.',
   'vigo_ist', 'udir', 'ssb_udir', NULL,
   '25.10, neste virkedag', 'ssb_elev_vgs_1 - 1 dag', false, false, 'vigo_cal', NULL),
  -- e40: 26.okt
  -- Til printed "Vigo (IST)": the same party as VIGO (IST).
  ('udir_tilbakemelding_elev_vgs_1',
   'Tilbakemelding fra Udir på ssbElev og ssbElevfag.',
   'IST henter ut disse filene fra Udir. Filene blir lagt ut på fylkets ftp-server senest {date:self + 1 virkedag}.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_elev_vgs_1 + 1 virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e41: 01.nov
  -- A søknadsfrist (the counties apply to the code group): the 1st or the next working day.
  ('programomradekoder_soknad',
   'Frist for søknad om nye programområdekoder for neste skoleår.',
   'Benytt søknadsskjema som ligger på vigoiks.no',
   'fylkene', 'vigo_kodeverksgruppe', 'vigo_internal', NULL,
   '01.11, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e42: 03.nov
  -- A last day: its last working day.
  ('vigo_ot_overforing_siste',
   'Siste dato for overføring fra VIGO til VIGO OT. Søkere som ikke har startet i opplæring etter avsluttet formidling (gjelder de som blir registrert i 2S001).',
   'Rapport i VIGO: 6A015 - Utlasting til OT.',
   'vigo_inntak', 'vigo_ot', 'ot', '6A015 - Utlasting til OT',
   '03.11, forrige virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e43: 03.nov
  -- A delivery: the 3rd or the next working day.
  -- The print says "senest 06. november", one working day after Fri 03.11, where every
  -- other WIS row says two (README Observations): the November update, a short file of
  -- pupils who left or started, is in VIGO the next working day, and the template says so.
  ('privatskole_elev_ssb',
   'Oppdatert fil fra privatskolene skoleåret {sy} i forhold til ssbElev og ssbElevfag. Elever som har sluttet eller begynt på en privatskole etter {date:privatskoledata_oktober}. (Data vil være i VIGO senest {date:self + 1 virkedag})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '03.11, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e44: 07.nov
  ('rett_ssb_elev_2',
   'Dato for å kjøre oppdatering av rett for statistikk til Udir/SSB. Se {date:ssb_elev_vgs_2}',
   'Rapport i VIGO: 5A019 - Oppdater rett',
   'fylkene', NULL, 'vigo_internal', '5A019 - Oppdater rett',
   'ssb_elev_vgs_2 - 1 virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e45: 08.nov
  -- A delivery: the 8th or the next working day.
  ('ssb_elev_vgs_2',
   'Elevdata ssbElev og ssbElevfag (skoleåret {sy}) for videregående opplæring (2. levering - endelig). Husk! Det må kjøres oppdatering av rett. Se {date:rett_ssb_elev_2} Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Grunnlag for publisering av utdanningsstatistikk og KOSTRA. Se også {date:ssb_elev_vgs_1}',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '08.11, neste virkedag', 'ssb_elev_vgs_2 - 1 dag', false, false, 'vigo_cal', NULL),
  -- e46: 09.nov
  ('udir_tilbakemelding_elev_vgs_2',
   'Tilbakemelding på ssbElev og ssbElevfag.',
   'IST henter ut disse filene fra Udir. Blir ikke sendt videre til fylkene.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_elev_vgs_2 + 1 virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e47: 09.nov
  -- A delivery: the 9th or the next working day.
  -- "Conexus vil ha data senest" the working day after the delivery, as in February and
  -- July 2024.
  ('conexus_november',
   'Elev- og fagopplæringsdata til Conexus i forbindelse med Insight (tidligere PULS).',
   'Conexus vil ha data senest {date:self + 1 virkedag}',
   'vigo_ist', 'conexus', 'conexus', NULL,
   '09.11, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e48: 12.nov
  -- The day before the last formidlingsfil, whatever the weekday (Sun 12.11.2023), like
  -- the county deadlines: fixed_date, the registrations the file is cut from.
  ('kontrakter_onsker_forslag',
   'Siste frist for fylkene å registrere kontrakter fra ønsker og forslag.',
   'Etter at inntaket er slettet må kontrakter opprettes direkte fra Kontrakt.',
   'vigo_fagopplaering', NULL, 'vigo_internal', NULL,
   'formidlingsfil_siste - 1 dag', NULL, false, true, 'vigo_cal', NULL),
  -- e49: 13.nov
  -- A delivery: the 13th or the next working day.
  ('formidlingsfil_siste',
   'Fagopplæringsfil (formidling) pr {date:self} (Siste formidlingsfil)',
   'Grunnlag for produksjonsdata om tilstanden i fagopplæringen.',
   'vigo_ist', 'udir', 'udir_fagopplaering', NULL,
   '13.11, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e50: 14.nov
  -- A first day: the 14th or the next working day.
  ('sletting_inntak_forste',
   'Første dato for sletting av inntaket. Se {date:sletting_inntak_siste}',
   'Rapport i VIGO: 5A014 - Slette søkerdata.',
   'vigo_inntak', NULL, 'vigo_internal', '5A014 - Slette søkerdata',
   '14.11, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e51: 15.nov
  -- OT-data per 15th: on the 15th or the next working day (README Observations).
  ('ot_data_november',
   'Overføring av OT-data per 15. november.',
   NULL,
   'vigo_ist', 'udir', 'ot', NULL,
   '15.11, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e52: 16.nov
  -- A run: the 16th or the next working day, before preutfylling (S15).
  ('vigo_ot_til_vigo_november',
   'Evt. overføring fra VIGO OT til VIGO for oppdatering av OT-status. Må gjøres før preutfylling.',
   'Rapport i VIGO OT «Sentrale oppgaver — Oppdatere Vigo Opplæring». Fylket avgjør om de vil tilbakeføre data til VIGO.',
   'vigo_ot_ansvarlig', 'vigo_inntak', 'ot', 'VIGO OT: Sentrale oppgaver — Oppdatere Vigo Opplæring',
   '16.11, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e53: 17.nov
  -- A job: the 17th or the next working day.
  -- Til printed "Bring og SSB" (presumably the sources); kept as printed.
  ('postnummer_kommunenummer',
   'Oppdatering av postnummer- og kommunenummer-tabellene i VIGO Kodeverksbase',
   'Kan også bli oppdateringer gjennom året ved behov.',
   'vigo_ist', 'bring_og_ssb', 'vigo_internal', NULL,
   '17.11, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e54: 20.nov
  -- A last day: its last working day.
  ('sletting_inntak_siste',
   'Siste dato for sletting av inntaket Se {date:sletting_inntak_forste}',
   'Rapport i VIGO: 5A014 - Slette søkerdata.',
   'vigo_inntak', NULL, 'vigo_internal', '5A014 - Slette søkerdata',
   '20.11, forrige virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e55: 21.nov
  -- A delivery: the 21st or the next working day.
  -- "etter 03.november" is printed without a space; the template writes "03. november".
  ('privatskole_elev_november',
   'Oppdatert fil fra privatskolene skoleåret {sy}. Elever som har sluttet eller begynt på en privatskole etter {date:privatskole_elev_ssb}. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '21.11, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e56: 28.nov
  -- A last day: its last working day.
  ('fodselsnummer_grunnskolen',
   'Siste dato for import av fødselsnummer fra grunnskolen.',
   'Rapport i VIGO: 6A001 - Import fra skoler.',
   'vigo_inntak', NULL, 'vigo_internal', '6A001 - Import fra skoler',
   '28.11, forrige virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e57: 01.des
  -- A deadline for the counties: its last working day.
  ('vilbli_fylkestekster',
   'Frist for å oppdatere informasjonen (om skoleåret {sy+1}) i fylkets tekster på vilbli.no',
   'Etter dette fremkommer ikke automatisk kommentar til brukerne om at det «kan foreligge mer informasjon senere i høst». Fylkesredakteren står fritt til å legge inn slik kommentar manuelt også etter {date:self} der det er nødvendig.',
   'fylkene', 'vilbli', 'vilbli', NULL,
   '01.12, forrige virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e58: 05.des
  -- An extract: the 5th or the next working day.
  ('fpvs_komplettering',
   'Datalevering - Komplettering av inntatte elever/lærlinger til skoleåret {sy}.',
   'Dato for uttrekket kan bli noe justert.',
   'vigo_ist', 'fpvs', 'fpvs', NULL,
   '05.12, neste virkedag', NULL, true, false, 'vigo_cal', NULL),
  -- e59: 06.des
  -- A delivery: the 6th or the next working day.
  ('ssb_kontrakt_1',
   'ssbKontrakt og ssbAvlagteProver (1. levering) - Kontrakter pr. 01.10 og avlagte prøver forrige skoleår',
   NULL,
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '06.12, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e60: 07.des
  -- Til printed "Vigo (IST)": the same party as VIGO (IST).
  ('udir_tilbakemelding_kontrakt_1',
   'Tilbakemelding fra Udir på ssbKontrakt og ssbAvlagteProver.',
   'IST henter ut filene fra Udir. Filene blir lagt ut på fylkets ftp-server senest {date:self + 2 virkedager}.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_kontrakt_1 + 1 virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e61: 15.des
  -- A last day: its last working day.
  ('preutfylling_siste',
   'Siste dato for preutfylling',
   'Rapport i VIGO: 5A006 - Preutfylling.',
   'vigo_inntak', NULL, 'vigo_internal', '5A006 - Preutfylling',
   '15.12, forrige virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e62: 02.jan
  -- "pr 01. januar": the first working day of the year.
  ('fagopplaeringsfil_januar',
   'Fagopplæringsfil (kontrakter og prøver) pr 01. januar.',
   'Grunnlag for produksjonsdata om tilstanden i fagopplæringen.',
   'vigo_ist', 'udir', 'udir_fagopplaering', NULL,
   '01.01, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e63: 03.jan
  -- A deadline, but in the first days of January: the 3rd or the next working day.
  ('landslinjer_kontroll',
   'Frist for å kontrollere listen over landslinjer/landsdekkende tilbud mot klasseordningen i VIGO.',
   '1S001 Klasseordning Husk å kontrollere at ikke utgåtte programoradekoder legges inn for skoleåret {sy+1}.',
   'vigo_inntak', NULL, 'vigo_internal', '1S001 Klasseordning',
   '03.01, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e64: 03.jan
  -- A deadline, but in the first days of January: the 3rd or the next working day.
  ('landslinjer_kopiering',
   'Frist for fylkene å kjøre 1A003 - Kopiere landslinjer',
   NULL,
   'vigo_inntak', NULL, 'vigo_internal', '1A003 - Kopiere landslinjer',
   '03.01, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e65: 03.jan
  -- The 3rd or the next working day.
  ('fellessensur_vgs_host',
   'Fellessensur skriftlig sentralt gitt eksamen for videregående opplæring - høsteksamen.',
   NULL,
   'statsforvalteren', NULL, 'vigo_internal', NULL,
   '03.01, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e66: 05.jan
  -- A deadline: its last working day (never back past 3 January).
  ('klasseordning_vilbli',
   'Frist for å legge ut klasseordningen for {sy+1} til vilbli.no.',
   'Husk å hake av for "Er klasseordningen klar" i 5S001 - Systemparameter, mappekort Generelt',
   'vigo_inntak', NULL, 'vilbli', '5S001 - Systemparameter',
   '05.01, forrige virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e67: 11.jan
  -- A delivery: the 11th or the next working day.
  ('ssb_kontrakt_2',
   'ssbKontrakt og ssbAvlagteProver (2. levering - endelig) - Kontrakter pr 01.10 og avlagte prøver forrige skoleår.',
   'Grunnlag for publisering av utdanningsstatistikk og KOSTRA',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '11.01, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e68: 12.jan
  -- Til printed "Vigo (IST)": the same party as VIGO (IST).
  ('udir_tilbakemelding_kontrakt_2',
   'Tilbakemelding fra Udir på ssbKontrakt og ssbAvlagteProver.',
   'IST henter ut filene fra Udir. Filene blir ikke sendt videre til fylkene.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_kontrakt_2 + 1 virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e69: 12.jan
  -- A delivery: the 12th or the next working day.
  ('privatskole_elev_januar',
   'Elever som har sluttet eller begynt på en privatskole etter {date:privatskole_elev_november}. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '12.01, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e70: 19.jan
  -- A reminder vilbli.no sends: the 19th or the next working day.
  -- Judgement: "Skolene får frist til 02. februar" is two weeks after the reminder.
  ('vilbli_fagtilbud',
   'Registrering/oppdatering av fagtilbud: vilbli.no (Fagboksforlaget) sender e-post til alle skolene med løpende påminnelse om å oppdatere fagtilbudet for {sy+1}.',
   'Skolenes pålogging er uendret. Skolene kan logge inn og oppdatere fagtilbud for inneværende skoleår og neste skoleår. Skolene får frist til {date:self + 2 uker} Fylkene bidrar med å minne skolene om å oppdatere fagtilbudet på vilbli.no',
   'fylkene_vilbli', NULL, 'vilbli', NULL,
   '19.01, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e71: 01.feb
  -- A søknadsfrist applicants meet: on a weekend it moves to the next working day, and
  -- the comment's "stenger for søking" date with it ({date:self} writes "01. februar"
  -- where the print has "1. februar").
  ('soknadsfrist_fortrinn',
   'Søknadsfrist fortrinn, individuell behandling og minoritetsspråklige.',
   'Se Forskrift til opplæringslova § 6-8. www.vigo.no stenger for søking {date:self}, kl 23.59.',
   NULL, NULL, 'vigo_internal', NULL,
   '01.02, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e72: 01.feb
  -- A deadline the public meets: the 1st or the next working day.
  ('privatisteksamen_oppmelding_var',
   'Frist for oppmelding til privatisteksamen.',
   'Fylkene bestemmer dato for når oppmeldingsprotalen åpner.',
   NULL, NULL, 'vigo_internal', NULL,
   '01.02, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e73: 02.feb
  -- A delivery: the 2nd or the next working day.
  -- Printed "senest 6. februar"; the template writes "06. februar".
  ('privatskoledata_februar',
   'Privatskoledata (elever, programområder, fag og halvårsvurdering) til Vigo. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '02.02, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e74: 12.feb
  -- An internal deadline: its last working day.
  ('terminkarakterer_h1',
   'Siste frist for innhenting (registrering) av terminkarakterer - H1 (grunnskolen og videregående)',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll.',
   'skolene_fylkesansvarlig_sas', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   '12.02, forrige virkedag', NULL, false, false, 'vigo_cal', 'vigo_inntak'),
  -- e75: 14.feb
  -- A delivery: the 14th or the next working day.
  -- Date read from "147 feb" (README repair 4).
  ('conexus_februar',
   'Elev- og fagopplæringsdata til Conexus i forbindelse med Insight (tidligere PULS).',
   'Conexus vil ha data senest {date:self + 1 virkedag}.',
   'vigo_ist', 'conexus', 'conexus', NULL,
   '14.02, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e76: 15.feb
  ('ot_data_februar',
   'Overføring av OT-data (via innsamlingsportalen) pr 15. februar.',
   NULL,
   'vigo_ist', 'udir', 'ot', NULL,
   '15.02, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e77: 26.feb
  -- A publication: the 26th or the next working day, as the KOSTRA ones.
  ('ssb_endelige_tall_vgs',
   'Publisering av endelige tall for videregående opplæring',
   NULL,
   'ssb', NULL, 'ssb_udir', NULL,
   '26.02, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e78: 26.feb
  -- An internal deadline: its last working day.
  ('privatist_karakterer_host',
   'Siste frist for innhenting (registrering) av eksamenskaraterer for privatister - Høsteksamen',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll. Viktig med god kommunikasjon mellom privatistkontoret og inntak',
   'privatistkontoret_fylkesansvarlig_sas', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   '26.02, forrige virkedag', NULL, false, false, 'vigo_cal', 'vigo_inntak'),
  -- e79: Uke 8
  ('vinterferie_uke_8',
   'Vinterferie for Agder, Oslo, Møre og Romsdal, Trøndelag, Vestfold og Telemark, Vestland (tidl. Sogn og Fjordane) og Viken (tidl. Akershus og Østfold)',
   'Med forbehold om endringer.',
   NULL, NULL, 'school_holiday', NULL,
   'uke 8', NULL, true, false, 'vigo_cal', NULL),
  -- e80: Uke 9
  -- "Vinerferie" as printed (README: source typo).
  ('vinterferie_uke_9',
   'Vinerferie for Innlandet, Nordland, Rogaland, Vestland (tidl. Hordaland) og Viken (tidl. Buskerud)',
   'Med forbehold om endringer.',
   NULL, NULL, 'school_holiday', NULL,
   'uke 9', NULL, true, false, 'vigo_cal', NULL),
  -- e81: Uke 10
  -- Printed only "Troms og Finnmark"; vinterferie inferred (README repair 20).
  ('vinterferie_uke_10',
   'Troms og Finnmark',
   'Med forbehold om endringer.',
   NULL, NULL, 'school_holiday', NULL,
   'uke 10', NULL, true, false, 'vigo_cal', NULL),
  -- e82: 01.mar
  -- A søknadsfrist applicants meet: the 1st or the next working day, as e71; the søkerfil
  -- and 5A029 follow it.
  ('soknadsfrist_ordinaere',
   'Søknadsfrist ordinære søkere (skole og læreplass).',
   'Se Forskrift til opplæringslova § 6-8. www.vigo.no stenger for søking {date:self}, kl 23.59.',
   NULL, NULL, 'vigo_internal', NULL,
   '01.03, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e83: 01.mar
  -- A delivery: the 1st or the next working day; the county deadline the day before.
  ('lanekassen_hosteksamen',
   'Innsending av eksamensresultater for høsteksamen skoleåret {sy}. Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   NULL,
   'vigo_inntakskontoret', 'lanekassen', 'lanekassen', NULL,
   '01.03, neste virkedag', 'lanekassen_hosteksamen - 1 dag', false, false, 'vigo_cal', NULL),
  -- e84: 01.mar
  -- An extract: the 1st or the next working day.
  ('fpvs_fullfort_mars',
   'Datalevering - Fullført videregående opplæring skoleårene {sy-2} og {sy-1}. I tillegg eksamen høsten {y}.',
   'Dato for uttrekket kan bli noe justert.',
   'vigo_ist', 'fpvs', 'fpvs', NULL,
   '01.03, neste virkedag', NULL, true, false, 'vigo_cal', NULL),
  -- e85: 04.mar
  -- The first working day after the søknadsfrist (Fri 01.03 -> Mon 04.03), as the søkerfil.
  ('inntaksadresse_5a029',
   'For fylker som benytter låsing av inntaksadresse: Anberfalt dato for å kjøre 5A029 - Sjekk/oppdatere eierskap/inntaksadresse.',
   NULL,
   'vigo_inntakskontoret', NULL, 'vigo_internal', '5A029 - Sjekk/oppdatere eierskap/inntaksadresse',
   'soknadsfrist_ordinaere + 1 dag, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e86: 04.mar
  -- "per 01. mars", the søknadsfrist: delivered the first working day after it.
  ('sokerfil_mars',
   'Søkerfil (skole og fagopplæring) per 01. mars. Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Grunnlag for publisering av søkertall per 01.03.{y+1}.',
   'vigo_ist', 'udir_inkl_ssb', 'udir_soker_inntak', NULL,
   'soknadsfrist_ordinaere + 1 dag, neste virkedag', 'sokerfil_mars - 1 dag', false, false, 'vigo_cal', NULL),
  -- e87: 15.mar
  -- SSB publishes the unrevised KOSTRA figures on 15 March, the next working day if it
  -- is a weekend.
  ('ssb_kostra_ureviderte',
   'Publisering av KOSTRA ureviderte tall',
   NULL,
   'ssb', NULL, 'ssb_udir', NULL,
   '15.03, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e88: 15.mar
  -- A recommended run date: the 15th or the next working day.
  ('ikke_sokere_til_ot',
   'Anbefalt dato for overføring av "Ikke søkere" fra VIGO til OT.',
   'Rapport i VIGO: 6A015 - Utlasting OT.',
   'vigo_inntakskontoret', 'vigo_ot', 'ot', '6A015 - Utlasting OT',
   '15.03, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e89: 18.mar
  -- Delivered on the 18th or the next working day, as ssb_resultat_vgs_2 (county deadline
  -- Sun 17.03.2024, the day before).
  ('ssb_resultat_vgs_host',
   'ssbResultat og ssbResultatfag (skoleåret {sy}) for vidergående opplæring (høsteksamen) Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Gir deler av grunnlaget for publisering av privatiststatistikk.',
   'vigo_ist', 'udir_inkl_ssb', 'ssb_udir', NULL,
   '18.03, neste virkedag', 'ssb_resultat_vgs_host - 1 dag', false, false, 'vigo_cal', NULL),
  -- e90: 19.mar
  -- "ftp-server 20.mars" printed without a space; the template writes "20. mars".
  ('udir_tilbakemelding_resultat_vgs_host',
   'Tilbakemelding fra Udir på ssbResultat og ssbResultatfag for videregående opplæring.',
   'IST henter ut disse filene fra Udir. Filene blir lagt ut på fylkets ftp-server {date:self + 1 virkedag}.',
   'udir_inkl_ssb', 'vigo_ist', 'ssb_udir', NULL,
   'ssb_resultat_vgs_host + 1 virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e91: 08.apr
  -- As the October block: Mon delivery, Thu rights update, Fri IST to Udir (WIS).  Rolled
  -- past Easter Monday when it falls on the 2nd Monday (as in 2023).
  ('privatskoledata_april',
   'Privatskoledata (elever, programområder, fag og halvårsvurdering) til VIGO. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '2. mandag i april, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e92: 11.apr
  -- Date inferred from "1"/".apr" (README repair 3).
  ('rett_privatskole_april',
   'Dato for å kjøre oppdatering av rett for IST skal levere data til privatskolene. Kan ikke kjøres før privatskoledata er på plass i VIGO. Se {day:privatskoledata_april}. og {date:privatskole_ist_april}.',
   'Rapport i VIGO: 5A019 - Oppdater rett kjøres bare for skoleåret {sy}.',
   'fylkene', NULL, 'udir_privatskole', '5A019 - Oppdater rett',
   'privatskoledata_april + 3 virkedager', NULL, false, false, 'vigo_cal', NULL),
  -- e93: 12.apr
  ('privatskole_ist_april',
   'Oppdaterte data på privatskoleelevene. FREG-adresse og rettsinfo. HUSK! Det må kjøres oppdatering av rett. Se {date:rett_privatskole_april}',
   NULL,
   'vigo_ist', 'udir_wis', 'udir_privatskole', NULL,
   'rett_privatskole_april + 1 virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e94: 17.jun
  -- "per 15. juni" delivered Mon 17.06.2024 (15.06 a Saturday).
  ('ot_data_juni',
   'Overføring av OT-data (via innsamlingsportalen) per 15. juni.',
   NULL,
   'vigo_ist', 'udir', 'ot', NULL,
   '15.06, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e95: 17.jun
  -- Judgement: SSB publishes revised KOSTRA figures on 15 June; 15.06.2024 is a Saturday,
  -- so Mon 17.06 as printed.
  ('ssb_kostra_reviderte_juni',
   'Publisering av KOSTRA reviderte tall',
   NULL,
   'ssb', NULL, 'ssb_udir', NULL,
   '15.06, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e96: 19.jun til 21.jun
  -- Wed 19.06 to Fri 21.06.2024 is Wednesday to Friday of ISO week 25: a weekday block.
  ('fellessensur_gs',
   'Fellessensur skriftlig eksamen for grunnskolen.',
   NULL,
   'statsforvalteren', NULL, 'vigo_internal', NULL,
   'uke 25 ons-fre', NULL, false, false, 'vigo_cal', NULL),
  -- e97: 19.jun til 21.jun
  -- As fellessensur_gs.
  ('fellessensur_vgs',
   'Fellessensur skriftlig eksamen for videregående opplæring.',
   'Gjelder både sentralt og lokalt gitt eksamen',
   'statsforvalteren', NULL, 'vigo_internal', NULL,
   'uke 25 ons-fre', NULL, false, false, 'vigo_cal', NULL),
  -- e98: 26.jun
  -- A delivery: the 26th or the next working day.
  ('privatskoledata_juni',
   'Privatskoledata for Vg1, Vg2 og Vg3 (elever, programområder, fag og endelige karakterer) til Vigo. (Data vil være i VIGO senest {date:self + 2 virkedager})',
   NULL,
   'udir_wis', 'vigo_ist', 'udir_privatskole', NULL,
   '26.06, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e99: 28.jun
  -- A run: the 28th or the next working day (still June).
  ('vigo_ot_avslutte_skolear',
   'Avslutte skoleåret i VIGO OT. Evt. overføring fra VIGO OT til Vigo for oppdatering av OT-status.',
   'Rapport i VIGO OT «Sentrale oppgaver — Oppdatere Vigo Opplæring». Fylket avgjør om de vil tilbakeføre data til VIGO.',
   'vigo_ot_ansvarlig', NULL, 'ot', 'VIGO OT: Sentrale oppgaver — Oppdatere Vigo Opplæring',
   '28.06, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e100: 30.jun
  -- Fixed (fixed_date): the grade deadline of the school year, Sun 30.06.2024.
  ('karakterer_gs',
   'Siste frist for innhenting (registrering) av karakterer for grunnskolen for skoleåret {sy}.',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll.',
   'grunnskolene', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   '30.06', NULL, false, true, 'vigo_cal', 'vigo_inntak'),
  -- e101: 30.jun
  -- Fixed (fixed_date), as karakterer_gs.
  ('karakterer_vgs',
   'Siste frist for innhenting (registrering) av karakterer for videregående opplæring skoleåret {sy}. Inkludert ny, utsatt og særskilt prøve både høst {y} og vår {y+1}.',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll.',
   'skolene_fylkesansvarlig_sas', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   '30.06', NULL, false, true, 'vigo_cal', 'vigo_inntak'),
  -- e102: 30.jun
  -- Fixed (fixed_date), as karakterer_gs.
  ('privatist_karakterer_var',
   'Siste frist for innhenting (registrering) av eksamenskarakterer for privatister - Våreksamen {y+1}',
   'Rapport i VIGO: 6A001 - Import fra skoler / 6S002 SAS-konsoll.',
   'privatistkontoret_fylkesansvarlig_sas', NULL, 'vigo_internal', '6A001 - Import fra skoler / 6S002 SAS-konsoll',
   '30.06', NULL, false, true, 'vigo_cal', 'vigo_inntak'),
  -- e111: 17.jul
  -- Same text as ssb_kostra_reviderte_juni one month later (README: possible duplicate);
  -- kept as its own event with the printed day, or the next working day.
  ('ssb_kostra_reviderte_juli',
   'Publisering av KOSTRA reviderte tall',
   NULL,
   'ssb', NULL, 'ssb_udir', NULL,
   '17.07, neste virkedag', NULL, false, false, 'vigo_cal', NULL),
  -- e113: Uke 31/32
  -- Printed under August 2024 but ISO week 31 starts Mon 29.07.2024: the occurrence
  -- belongs to school year 2024-2025.
  ('inntakslister_kjopte_plasser',
   'Sende inntakslister til aktuelle fylker på kjøpte plasser i andre fylker',
   NULL,
   'inntakskontorene', NULL, 'vigo_internal', NULL,
   'uke 31/32', NULL, false, false, 'vigo_cal', NULL);

-- e114: "Engang pr. måned etter overføring fra søker til elev" under the
-- heading "Hver måned etter overføring fra søker til elev (rapport 5A001 må
-- være kjørt) (se 11. og 15. september)".  No printed date.  Monthly from
-- the working day after the last day of søker til elev (as the first
-- transfer to VIGO OT, procedures.md R2 and S1) until the end of June.
-- The 5A018/5A019 runs before each transfer (S2, S3) and the registration
-- of new pupils (S4) are part of this duty, not events of their own.
INSERT INTO vigo_cal.event
  (event_key, title, comment, from_party, to_party, category, vigo_report,
   rule, recurrence, recur_until, tentative, fixed_date, origin)
VALUES
  ('sluttere_til_vigo_ot',
   'Overføre sluttere fra VIGO til VIGO OT. OBS! Fylkene må lage egne regler for å hente ut sluttere fra ViS. Det anbefales også å registrere elever som har starter opplæring i gitt måned før overføring til VIGO OT.',
   'Rapport i VIGO: 6A015 - Utlasting til OT. Før overføring til VIGO OT må rapportene 5A018 - Utvid kvoter for rett og 5A019 - Oppdater rett (i denne rekkefølgen) kjøres i VIGO.',
   'vigo_inntak', 'vigo_ot', 'ot', '6A015 - Utlasting til OT; 5A018 - Utvid kvoter for rett; 5A019 - Oppdater rett',
   'soker_til_elev_siste + 1 virkedag', 'monthly', '30.06', false, false, 'vigo_cal');

-- ---------------------------------------------------------------------
-- The words of July 2023: the July duties as the edition prints them for
-- their occurrence of 2022-2023 (entries e1-e8), where the vendor worded
-- them otherwise than in July 2024.  Every other field as the event's.
-- ---------------------------------------------------------------------
INSERT INTO vigo_cal.event_wording
  (event_key, last_school_year, title, comment, from_party, from_party_2, to_party, to_party_2, source, origin)
VALUES
  -- e1: the data are due the day of the delivery, and no "Se info"
  ('conexus_juli', '2022-2023',
   'Søker-, elev- og fagopplæringsdata til Conexus i forbindelse med Insight (tidligere PULS).',
   'Conexus vil ha data senest {date:self}.',
   'vigo_ist', NULL, 'conexus', NULL,
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e1', 'vigo_cal'),
  -- e2: Fra "VIGO Sentralbasen (IST)"
  ('fpvs_fullfort_juli', '2022-2023',
   'Datalevering - Fullført videregående opplæring skoleårene {sy-1} og {sy}.',
   'Dato for uttrekket kan bli noe justert.',
   'vigo_sentralbasen_ist', NULL, 'fpvs', NULL,
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e2', 'vigo_cal'),
  -- e3: "hovedinntaket", and what the intake file of 18 July is for
  ('hovedinntak_siste_kjoring', '2022-2023',
   'Siste dato for kjøring av hovedinntaket Se {date:inntaksfil_juli} vedr levering av inntaksfil til Udir.',
   NULL,
   'vigo_inntak', NULL, NULL, NULL,
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e3', 'vigo_cal'),
  -- e4: Fra "VIGO Sentralbasen (IST)"
  ('ssb_resultat_gs_endelig', '2022-2023',
   'Elevdata ssbResultat og ssbResultatfag (skoleåret {sy}) for grunnskolen (endelig levering). Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Grunnlag for karakterstatistikk og for overgang grunnskole/videregående i KOSTRA.',
   'vigo_sentralbasen_ist', NULL, 'udir_inkl_ssb', NULL,
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e4', 'vigo_cal'),
  -- e5: Fra "VIGO Sentralbasen (IST)", Til "Udir", and the videregående comment, whose
  -- "Se også 25. september" is the 2. levering of the school year after (September 2023)
  ('ssb_resultat_vgs_1', '2022-2023',
   'Elevdata ssbResultat og ssbResultatfag (skoleåret {sy}) for videregående opplæring (1. levering). Frist for fylkene å registrere i VIGO er {date:county_deadline}.',
   'Grunnlag for karakterstatistikk i KOSTRA. Se også {date:ssb_resultat_vgs_2@sy+1}.',
   'vigo_sentralbasen_ist', NULL, 'udir', NULL,
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e5', 'vigo_cal'),
  -- e6: no "skoleåret"
  ('udir_tilbakemelding_resultat_gs', '2022-2023',
   'Tilbakemelding fra Udir på ssbResultat og ssbResultatfag for grunnskolen.',
   'IST henter ut disse filene fra Udir. Blir ikke sendt videre til fylkene.',
   'udir_inkl_ssb', NULL, 'vigo_ist', NULL,
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e6', 'vigo_cal'),
  -- e7: no "skoleåret"
  ('udir_tilbakemelding_resultat_vgs_1', '2022-2023',
   'Tilbakemelding fra Udir på ssbResultat og ssbResultatfag for videregående opplæring.',
   'IST henter ut disse filene fra Udir. Filene blir lagt ut på fylkets ftp-server i begynnelsen av august.',
   'udir_inkl_ssb', NULL, 'vigo_ist', NULL,
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e7', 'vigo_cal'),
  -- e8: Fra "VIGO Sentralbasen (IST)", the county deadline with its year, "per juli"
  -- without one
  ('inntaksfil_juli', '2022-2023',
   'Inntaksfil skole og fagopplæring (etter 1. inntak) Frist for fylkene å kjøre inntak i VIGO er {datey:county_deadline}.',
   'Grunnlag for publisering av 1. inntak per juli',
   'vigo_sentralbasen_ist', NULL, 'udir_inkl_ssb', NULL,
   'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023), entry e8', 'vigo_cal');

-- ---------------------------------------------------------------------
-- Overrides: printed dates no honest rule gives
-- ---------------------------------------------------------------------
INSERT INTO vigo_cal.event_override (event_key, school_year, occurrence, due_date, due_end, reason, origin) VALUES
  -- e104
  ('fpvs_fullfort_juli', '2023-2024', 1, date '2024-07-08', NULL,
   'FPVS extract moved to Mon 08.07.2024 (05.07 in 2023; "Dato for uttrekket kan bli noe justert")', 'vigo_cal');

-- ---------------------------------------------------------------------
-- Links
-- ---------------------------------------------------------------------
-- runs_before: the Rutiner (procedures.md section 1) and the constraints
-- the text states (section 2) where both sides are events.  Not linked:
-- S2, S3 and S4 (5A018, 5A019 and the registration of new pupils are steps
-- inside the monthly transfer e114, not events), S7 (4S001 maintenance),
-- S21 and S22 (the county deadlines, a column of the event), S23-S28 (no
-- event on one side).
INSERT INTO vigo_cal.event_link (event_key, other_key, kind, note, origin) VALUES
  ('privatskoledata_september', 'soker_til_elev_forste', 'runs_before', 'procedures.md R1: privatskoleelevene importeres først', 'vigo_cal'),
  ('soker_til_elev_siste', 'vigo_ot_overforing_forste', 'runs_before', 'procedures.md R2', 'vigo_cal'),
  ('soker_til_elev_siste', 'vigo_ot_overforing_siste', 'runs_before', 'procedures.md R2', 'vigo_cal'),
  ('soker_til_elev_siste', 'ikke_sokere_til_ot', 'runs_before', 'procedures.md R2 (step 3 names e88)', 'vigo_cal'),
  ('soker_til_elev_siste', 'sluttere_til_vigo_ot', 'runs_before', 'procedures.md R2, S1: rapport 5A001 må være kjørt', 'vigo_cal'),
  ('skolene_registrere_ajourhold', 'vigo_ot_overforing_forste', 'runs_before', 'procedures.md S5: etter ajourhold fra skole', 'vigo_cal'),
  ('inntaksdata_etter_ajourhold', 'vigo_ot_overforing_forste', 'runs_before', 'procedures.md S5: etter ajourhold fra skole', 'vigo_cal'),
  ('skolene_registrere_ajourhold', 'inntaksdata_etter_ajourhold', 'runs_before', 'procedures.md S6', 'vigo_cal'),
  ('privatskoledata_oktober', 'rett_privatskole_oktober', 'runs_before', 'procedures.md S8: privatskoledata på plass i VIGO', 'vigo_cal'),
  ('privatskoledata_april', 'rett_privatskole_april', 'runs_before', 'procedures.md S9: privatskoledata på plass i VIGO', 'vigo_cal'),
  ('rett_privatskole_oktober', 'privatskole_ist_oktober', 'runs_before', 'procedures.md S10: oppdatering av rett', 'vigo_cal'),
  ('rett_privatskole_april', 'privatskole_ist_april', 'runs_before', 'procedures.md S11: oppdatering av rett', 'vigo_cal'),
  ('rett_ssb_resultat_vgs_2', 'ssb_resultat_vgs_2', 'runs_before', 'procedures.md S12: oppdatering av rett', 'vigo_cal'),
  ('rett_ssb_elev_1', 'ssb_elev_vgs_1', 'runs_before', 'procedures.md S13: oppdatering av rett', 'vigo_cal'),
  ('rett_ssb_elev_2', 'ssb_elev_vgs_2', 'runs_before', 'procedures.md S14: oppdatering av rett', 'vigo_cal'),
  ('vigo_ot_til_vigo_november', 'preutfylling_siste', 'runs_before', 'procedures.md S15: må gjøres før preutfylling', 'vigo_cal'),
  ('sas_import_elevfil', 'ist_oppdatere_fagstatus', 'runs_before', 'procedures.md S16, S17', 'vigo_cal'),
  ('privatskoledata_oktober', 'ist_oppdatere_fagstatus', 'runs_before', 'procedures.md S17: alle elevdata importert', 'vigo_cal'),
  ('kontrakter_onsker_forslag', 'sletting_inntak_forste', 'runs_before', 'procedures.md S18: kontrakter før inntaket slettes', 'vigo_cal'),
  ('hovedinntak_siste_kjoring', 'inntaksfil_juli', 'runs_before', 'procedures.md S19, S20: etter 1. inntak', 'vigo_cal');

-- feedback_on: Udir's Tilbakemelding on a delivery (procedures.md I4).
INSERT INTO vigo_cal.event_link (event_key, other_key, kind, note, origin) VALUES
  ('udir_tilbakemelding_resultat_gs', 'ssb_resultat_gs_endelig', 'feedback_on', 'procedures.md I4 (e6, e108)', 'vigo_cal'),
  ('udir_tilbakemelding_resultat_vgs_1', 'ssb_resultat_vgs_1', 'feedback_on', 'procedures.md I4 (e7, e109)', 'vigo_cal'),
  ('udir_tilbakemelding_resultat_vgs_2', 'ssb_resultat_vgs_2', 'feedback_on', 'procedures.md I4 (e24)', 'vigo_cal'),
  ('udir_tilbakemelding_elev_vgs_1', 'ssb_elev_vgs_1', 'feedback_on', 'procedures.md I4 (e40)', 'vigo_cal'),
  ('udir_tilbakemelding_elev_vgs_2', 'ssb_elev_vgs_2', 'feedback_on', 'procedures.md I4 (e46)', 'vigo_cal'),
  ('udir_tilbakemelding_kontrakt_1', 'ssb_kontrakt_1', 'feedback_on', 'procedures.md I4 (e60)', 'vigo_cal'),
  ('udir_tilbakemelding_kontrakt_2', 'ssb_kontrakt_2', 'feedback_on', 'procedures.md I4 (e68)', 'vigo_cal'),
  ('udir_tilbakemelding_resultat_vgs_host', 'ssb_resultat_vgs_host', 'feedback_on', 'procedures.md I4 (e90)', 'vigo_cal');

-- see_also: the printed "Se <dato>" and "Se også <dato>".  Not linked: the
-- stale "Se også 17. juli" (e23), "Se info i slutten av dette dokumentet"
-- (e13, e16, e17, e20: the Rutiner, recorded as runs_before; e103: nothing
-- there about Conexus) and "Se Forskrift til opplæringslova" (e71, e82).
INSERT INTO vigo_cal.event_link (event_key, other_key, kind, note, origin) VALUES
  ('hovedinntak_siste_kjoring', 'inntaksfil_juli', 'see_also', 'e3 "Se 18. juli", e105 "Se 17. juli"', 'vigo_cal'),
  ('ssb_resultat_vgs_1', 'ssb_resultat_vgs_2', 'see_also', 'e5 "Se også 25. september" (the next school year''s 2. levering)', 'vigo_cal'),
  ('lanekassen_eksamensresultater', 'ssb_resultat_vgs_2', 'see_also', 'e12 "Se også 25. september"', 'vigo_cal'),
  ('soker_til_elev_forste', 'soker_til_elev_siste', 'see_also', 'e16 "Se 15. september"', 'vigo_cal'),
  ('soker_til_elev_siste', 'soker_til_elev_forste', 'see_also', 'e17 "Se 11. september"', 'vigo_cal'),
  ('rett_ssb_resultat_vgs_2', 'ssb_resultat_vgs_2', 'see_also', 'e22 "Se 25. september"', 'vigo_cal'),
  ('ssb_resultat_vgs_2', 'rett_ssb_resultat_vgs_2', 'see_also', 'e23 "Se 22. september"', 'vigo_cal'),
  ('sas_import_elevfil', 'ist_oppdatere_fagstatus', 'see_also', 'e32 "Se 11. oktober"', 'vigo_cal'),
  ('ist_oppdatere_fagstatus', 'privatskoledata_oktober', 'see_also', 'e33 "Se 09. og 10. oktober"', 'vigo_cal'),
  ('ist_oppdatere_fagstatus', 'sas_import_elevfil', 'see_also', 'e33 "Se 09. og 10. oktober"', 'vigo_cal'),
  ('rett_privatskole_oktober', 'privatskoledata_oktober', 'see_also', 'e34 "Se 09. og 13. oktober"', 'vigo_cal'),
  ('rett_privatskole_oktober', 'privatskole_ist_oktober', 'see_also', 'e34 "Se 09. og 13. oktober"', 'vigo_cal'),
  ('privatskole_ist_oktober', 'rett_privatskole_oktober', 'see_also', 'e35 "Se 12. oktober"', 'vigo_cal'),
  ('rett_ssb_elev_1', 'ssb_elev_vgs_1', 'see_also', 'e38 "Se 25. oktober"', 'vigo_cal'),
  ('ssb_elev_vgs_1', 'rett_ssb_elev_1', 'see_also', 'e39 "Se 24. oktober"', 'vigo_cal'),
  ('ssb_elev_vgs_1', 'ssb_elev_vgs_2', 'see_also', 'e39 "Se også 08. november"', 'vigo_cal'),
  ('rett_ssb_elev_2', 'ssb_elev_vgs_2', 'see_also', 'e44 "Se 08. november"', 'vigo_cal'),
  ('ssb_elev_vgs_2', 'rett_ssb_elev_2', 'see_also', 'e45 "Se 07. november"', 'vigo_cal'),
  ('ssb_elev_vgs_2', 'ssb_elev_vgs_1', 'see_also', 'e45 "Se også 25. oktober"', 'vigo_cal'),
  ('sletting_inntak_forste', 'sletting_inntak_siste', 'see_also', 'e50 "Se 20. november"', 'vigo_cal'),
  ('sletting_inntak_siste', 'sletting_inntak_forste', 'see_also', 'e54 "Se 14. november"', 'vigo_cal'),
  ('rett_privatskole_april', 'privatskoledata_april', 'see_also', 'e92 "Se 08. og 12. april"', 'vigo_cal'),
  ('rett_privatskole_april', 'privatskole_ist_april', 'see_also', 'e92 "Se 08. og 12. april"', 'vigo_cal'),
  ('privatskole_ist_april', 'rett_privatskole_april', 'see_also', 'e93 "Se 11. april"', 'vigo_cal'),
  ('sluttere_til_vigo_ot', 'soker_til_elev_forste', 'see_also', 'e114 heading "(se 11. og 15. september)"', 'vigo_cal'),
  ('sluttere_til_vigo_ot', 'soker_til_elev_siste', 'see_also', 'e114 heading "(se 11. og 15. september)"', 'vigo_cal');

-- ---------------------------------------------------------------------
-- The edition and its entries as printed
-- ---------------------------------------------------------------------
INSERT INTO vigo_cal.edition (school_year, published, title, source, origin) VALUES
  ('2023-2024', date '2023-08-21', 'ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024 (pr. 21.08.2023)',
   'The PDF published by VIGO IKS (Måned | Dato | Fra | Hva | Til | Kommentar, July 2023 to August 2024), '
   || 'OCR''d to text and transcribed into 114 entries e1..e114 with repairs of OCR errors and '
   || 'two inferred dates (e8, e92); school holidays and the Rutiner at the end as separate tables.',
   'vigo_cal');

-- occurrence_year: July 2023 (e1-e9) belongs to 2022-2023, "Uke 31/32"
-- under August 2024 (e113) to 2024-2025.  printed_end: the last day of a
-- span, or the Friday of a week row; NULL for one day.

INSERT INTO vigo_cal.edition_entry
  (school_year, entry, event_key, occurrence_year, occurrence, month_heading, date_text,
   printed_date, printed_end, origin)
VALUES
  ('2023-2024', 'e1', 'conexus_juli', '2022-2023', 1,
   'Juli 2023', '04.jul', date '2023-07-04', NULL, 'vigo_cal'),
  ('2023-2024', 'e2', 'fpvs_fullfort_juli', '2022-2023', 1,
   'Juli 2023', '05.jul', date '2023-07-05', NULL, 'vigo_cal'),
  ('2023-2024', 'e3', 'hovedinntak_siste_kjoring', '2022-2023', 1,
   'Juli 2023', '14.jul', date '2023-07-14', NULL, 'vigo_cal'),
  ('2023-2024', 'e4', 'ssb_resultat_gs_endelig', '2022-2023', 1,
   'Juli 2023', '15.jul', date '2023-07-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e5', 'ssb_resultat_vgs_1', '2022-2023', 1,
   'Juli 2023', '15.jul', date '2023-07-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e6', 'udir_tilbakemelding_resultat_gs', '2022-2023', 1,
   'Juli 2023', '18.jul', date '2023-07-18', NULL, 'vigo_cal'),
  ('2023-2024', 'e7', 'udir_tilbakemelding_resultat_vgs_1', '2022-2023', 1,
   'Juli 2023', '18.jul', date '2023-07-18', NULL, 'vigo_cal'),
  ('2023-2024', 'e8', 'inntaksfil_juli', '2022-2023', 1,
   'Juli 2023', '18.jul', date '2023-07-18', NULL, 'vigo_cal'),
  ('2023-2024', 'e9', 'laerer_brukere_passiv', '2022-2023', 1,
   'Juli 2023', '31.jul', date '2023-07-31', NULL, 'vigo_cal'),
  ('2023-2024', 'e10', 'skolene_registrere_ajourhold', '2023-2024', 1,
   'August 2023', '31.aug', date '2023-08-31', NULL, 'vigo_cal'),
  ('2023-2024', 'e11', 'vilbli_apner_neste_skolear', '2023-2024', 1,
   'August 2023', 'I løpet av august', date '2023-08-01', date '2023-08-31', 'vigo_cal'),
  ('2023-2024', 'e12', 'lanekassen_eksamensresultater', '2023-2024', 1,
   'September 2023', '01.sep', date '2023-09-01', NULL, 'vigo_cal'),
  ('2023-2024', 'e13', 'privatskoledata_september', '2023-2024', 1,
   'September 2023', '05.sep', date '2023-09-05', NULL, 'vigo_cal'),
  ('2023-2024', 'e14', 'inntaksdata_etter_ajourhold', '2023-2024', 1,
   'September 2023', '08.sep', date '2023-09-08', NULL, 'vigo_cal'),
  ('2023-2024', 'e15', 'vigo_fag_til_vigo_voksen', '2023-2024', 1,
   'September 2023', '08.sep', date '2023-09-08', NULL, 'vigo_cal'),
  ('2023-2024', 'e16', 'soker_til_elev_forste', '2023-2024', 1,
   'September 2023', '11.sep', date '2023-09-11', NULL, 'vigo_cal'),
  ('2023-2024', 'e17', 'soker_til_elev_siste', '2023-2024', 1,
   'September 2023', '15.sep', date '2023-09-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e18', 'privatskole_resultat_endelig', '2023-2024', 1,
   'September 2023', '15.sep', date '2023-09-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e19', 'privatisteksamen_oppmelding_host', '2023-2024', 1,
   'September 2023', '15.sep', date '2023-09-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e20', 'vigo_ot_overforing_forste', '2023-2024', 1,
   'September 2023', '18.sep', date '2023-09-18', NULL, 'vigo_cal'),
  ('2023-2024', 'e21', 'karakterer_etter_klage', '2023-2024', 1,
   'September 2023', '19.sep', date '2023-09-19', NULL, 'vigo_cal'),
  ('2023-2024', 'e22', 'rett_ssb_resultat_vgs_2', '2023-2024', 1,
   'September 2023', '22.sep', date '2023-09-22', NULL, 'vigo_cal'),
  ('2023-2024', 'e23', 'ssb_resultat_vgs_2', '2023-2024', 1,
   'September 2023', '25.sep', date '2023-09-25', NULL, 'vigo_cal'),
  ('2023-2024', 'e24', 'udir_tilbakemelding_resultat_vgs_2', '2023-2024', 1,
   'September 2023', '26.sep', date '2023-09-26', NULL, 'vigo_cal'),
  ('2023-2024', 'e25', 'hostferie_uke_40', '2023-2024', 1,
   'Oktober 2023', 'uke 40', date '2023-10-02', date '2023-10-06', 'vigo_cal'),
  ('2023-2024', 'e26', 'hostferie_uke_41', '2023-2024', 1,
   'Oktober 2023', 'uke 41', date '2023-10-09', date '2023-10-13', 'vigo_cal'),
  ('2023-2024', 'e27', 'udir_bedrift_oktober', '2023-2024', 1,
   'Oktober 2023', '02.okt', date '2023-10-02', NULL, 'vigo_cal'),
  ('2023-2024', 'e28', 'adminbrukere_kontroll', '2023-2024', 1,
   'Oktober 2023', '02.okt', date '2023-10-02', NULL, 'vigo_cal'),
  ('2023-2024', 'e29', 'skolene_registrere_elevfil', '2023-2024', 1,
   'Oktober 2023', '02.okt', date '2023-10-02', NULL, 'vigo_cal'),
  ('2023-2024', 'e30', 'fpvs_fullfort_oktober', '2023-2024', 1,
   'Oktober 2023', '05.okt', date '2023-10-05', NULL, 'vigo_cal'),
  ('2023-2024', 'e31', 'privatskoledata_oktober', '2023-2024', 1,
   'Oktober 2023', '09.okt', date '2023-10-09', NULL, 'vigo_cal'),
  ('2023-2024', 'e32', 'sas_import_elevfil', '2023-2024', 1,
   'Oktober 2023', '10.okt', date '2023-10-10', NULL, 'vigo_cal'),
  ('2023-2024', 'e33', 'ist_oppdatere_fagstatus', '2023-2024', 1,
   'Oktober 2023', '11.okt', date '2023-10-11', NULL, 'vigo_cal'),
  ('2023-2024', 'e34', 'rett_privatskole_oktober', '2023-2024', 1,
   'Oktober 2023', '12.okt', date '2023-10-12', NULL, 'vigo_cal'),
  ('2023-2024', 'e35', 'privatskole_ist_oktober', '2023-2024', 1,
   'Oktober 2023', '13.okt', date '2023-10-13', NULL, 'vigo_cal'),
  ('2023-2024', 'e36', 'skolebrukere_passiv', '2023-2024', 1,
   'Oktober 2023', '16.okt', date '2023-10-16', NULL, 'vigo_cal'),
  ('2023-2024', 'e37', 'klasseordning_kopiering_forste', '2023-2024', 1,
   'Oktober 2023', '20.okt', date '2023-10-20', NULL, 'vigo_cal'),
  ('2023-2024', 'e38', 'rett_ssb_elev_1', '2023-2024', 1,
   'Oktober 2023', '24.okt', date '2023-10-24', NULL, 'vigo_cal'),
  ('2023-2024', 'e39', 'ssb_elev_vgs_1', '2023-2024', 1,
   'Oktober 2023', '25.okt', date '2023-10-25', NULL, 'vigo_cal'),
  ('2023-2024', 'e40', 'udir_tilbakemelding_elev_vgs_1', '2023-2024', 1,
   'Oktober 2023', '26.okt', date '2023-10-26', NULL, 'vigo_cal'),
  ('2023-2024', 'e41', 'programomradekoder_soknad', '2023-2024', 1,
   'November 2023', '01.nov', date '2023-11-01', NULL, 'vigo_cal'),
  ('2023-2024', 'e42', 'vigo_ot_overforing_siste', '2023-2024', 1,
   'November 2023', '03.nov', date '2023-11-03', NULL, 'vigo_cal'),
  ('2023-2024', 'e43', 'privatskole_elev_ssb', '2023-2024', 1,
   'November 2023', '03.nov', date '2023-11-03', NULL, 'vigo_cal'),
  ('2023-2024', 'e44', 'rett_ssb_elev_2', '2023-2024', 1,
   'November 2023', '07.nov', date '2023-11-07', NULL, 'vigo_cal'),
  ('2023-2024', 'e45', 'ssb_elev_vgs_2', '2023-2024', 1,
   'November 2023', '08.nov', date '2023-11-08', NULL, 'vigo_cal'),
  ('2023-2024', 'e46', 'udir_tilbakemelding_elev_vgs_2', '2023-2024', 1,
   'November 2023', '09.nov', date '2023-11-09', NULL, 'vigo_cal'),
  ('2023-2024', 'e47', 'conexus_november', '2023-2024', 1,
   'November 2023', '09.nov', date '2023-11-09', NULL, 'vigo_cal'),
  ('2023-2024', 'e48', 'kontrakter_onsker_forslag', '2023-2024', 1,
   'November 2023', '12.nov', date '2023-11-12', NULL, 'vigo_cal'),
  ('2023-2024', 'e49', 'formidlingsfil_siste', '2023-2024', 1,
   'November 2023', '13.nov', date '2023-11-13', NULL, 'vigo_cal'),
  ('2023-2024', 'e50', 'sletting_inntak_forste', '2023-2024', 1,
   'November 2023', '14.nov', date '2023-11-14', NULL, 'vigo_cal'),
  ('2023-2024', 'e51', 'ot_data_november', '2023-2024', 1,
   'November 2023', '15.nov', date '2023-11-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e52', 'vigo_ot_til_vigo_november', '2023-2024', 1,
   'November 2023', '16.nov', date '2023-11-16', NULL, 'vigo_cal'),
  ('2023-2024', 'e53', 'postnummer_kommunenummer', '2023-2024', 1,
   'November 2023', '17.nov', date '2023-11-17', NULL, 'vigo_cal'),
  ('2023-2024', 'e54', 'sletting_inntak_siste', '2023-2024', 1,
   'November 2023', '20.nov', date '2023-11-20', NULL, 'vigo_cal'),
  ('2023-2024', 'e55', 'privatskole_elev_november', '2023-2024', 1,
   'November 2023', '21.nov', date '2023-11-21', NULL, 'vigo_cal'),
  ('2023-2024', 'e56', 'fodselsnummer_grunnskolen', '2023-2024', 1,
   'November 2023', '28.nov', date '2023-11-28', NULL, 'vigo_cal'),
  ('2023-2024', 'e57', 'vilbli_fylkestekster', '2023-2024', 1,
   'Desember 2023', '01.des', date '2023-12-01', NULL, 'vigo_cal'),
  ('2023-2024', 'e58', 'fpvs_komplettering', '2023-2024', 1,
   'Desember 2023', '05.des', date '2023-12-05', NULL, 'vigo_cal'),
  ('2023-2024', 'e59', 'ssb_kontrakt_1', '2023-2024', 1,
   'Desember 2023', '06.des', date '2023-12-06', NULL, 'vigo_cal'),
  ('2023-2024', 'e60', 'udir_tilbakemelding_kontrakt_1', '2023-2024', 1,
   'Desember 2023', '07.des', date '2023-12-07', NULL, 'vigo_cal'),
  ('2023-2024', 'e61', 'preutfylling_siste', '2023-2024', 1,
   'Desember 2023', '15.des', date '2023-12-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e62', 'fagopplaeringsfil_januar', '2023-2024', 1,
   'Januar 2024', '02.jan', date '2024-01-02', NULL, 'vigo_cal'),
  ('2023-2024', 'e63', 'landslinjer_kontroll', '2023-2024', 1,
   'Januar 2024', '03.jan', date '2024-01-03', NULL, 'vigo_cal'),
  ('2023-2024', 'e64', 'landslinjer_kopiering', '2023-2024', 1,
   'Januar 2024', '03.jan', date '2024-01-03', NULL, 'vigo_cal'),
  ('2023-2024', 'e65', 'fellessensur_vgs_host', '2023-2024', 1,
   'Januar 2024', '03.jan', date '2024-01-03', NULL, 'vigo_cal'),
  ('2023-2024', 'e66', 'klasseordning_vilbli', '2023-2024', 1,
   'Januar 2024', '05.jan', date '2024-01-05', NULL, 'vigo_cal'),
  ('2023-2024', 'e67', 'ssb_kontrakt_2', '2023-2024', 1,
   'Januar 2024', '11.jan', date '2024-01-11', NULL, 'vigo_cal'),
  ('2023-2024', 'e68', 'udir_tilbakemelding_kontrakt_2', '2023-2024', 1,
   'Januar 2024', '12.jan', date '2024-01-12', NULL, 'vigo_cal'),
  ('2023-2024', 'e69', 'privatskole_elev_januar', '2023-2024', 1,
   'Januar 2024', '12.jan', date '2024-01-12', NULL, 'vigo_cal'),
  ('2023-2024', 'e70', 'vilbli_fagtilbud', '2023-2024', 1,
   'Januar 2024', '19.jan', date '2024-01-19', NULL, 'vigo_cal'),
  ('2023-2024', 'e71', 'soknadsfrist_fortrinn', '2023-2024', 1,
   'Februar 2024', '01.feb', date '2024-02-01', NULL, 'vigo_cal'),
  ('2023-2024', 'e72', 'privatisteksamen_oppmelding_var', '2023-2024', 1,
   'Februar 2024', '01.feb', date '2024-02-01', NULL, 'vigo_cal'),
  ('2023-2024', 'e73', 'privatskoledata_februar', '2023-2024', 1,
   'Februar 2024', '02.feb', date '2024-02-02', NULL, 'vigo_cal'),
  ('2023-2024', 'e74', 'terminkarakterer_h1', '2023-2024', 1,
   'Februar 2024', '12.feb', date '2024-02-12', NULL, 'vigo_cal'),
  ('2023-2024', 'e75', 'conexus_februar', '2023-2024', 1,
   'Februar 2024', '14.feb', date '2024-02-14', NULL, 'vigo_cal'),
  ('2023-2024', 'e76', 'ot_data_februar', '2023-2024', 1,
   'Februar 2024', '15.feb', date '2024-02-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e77', 'ssb_endelige_tall_vgs', '2023-2024', 1,
   'Februar 2024', '26.feb', date '2024-02-26', NULL, 'vigo_cal'),
  ('2023-2024', 'e78', 'privatist_karakterer_host', '2023-2024', 1,
   'Februar 2024', '26.feb', date '2024-02-26', NULL, 'vigo_cal'),
  ('2023-2024', 'e79', 'vinterferie_uke_8', '2023-2024', 1,
   'Februar 2024', 'Uke 8', date '2024-02-19', date '2024-02-23', 'vigo_cal'),
  ('2023-2024', 'e80', 'vinterferie_uke_9', '2023-2024', 1,
   'Februar 2024', 'Uke 9', date '2024-02-26', date '2024-03-01', 'vigo_cal'),
  ('2023-2024', 'e81', 'vinterferie_uke_10', '2023-2024', 1,
   'Mars 2024', 'Uke 10', date '2024-03-04', date '2024-03-08', 'vigo_cal'),
  ('2023-2024', 'e82', 'soknadsfrist_ordinaere', '2023-2024', 1,
   'Mars 2024', '01.mar', date '2024-03-01', NULL, 'vigo_cal'),
  ('2023-2024', 'e83', 'lanekassen_hosteksamen', '2023-2024', 1,
   'Mars 2024', '01.mar', date '2024-03-01', NULL, 'vigo_cal'),
  ('2023-2024', 'e84', 'fpvs_fullfort_mars', '2023-2024', 1,
   'Mars 2024', '01.mar', date '2024-03-01', NULL, 'vigo_cal'),
  ('2023-2024', 'e85', 'inntaksadresse_5a029', '2023-2024', 1,
   'Mars 2024', '04.mar', date '2024-03-04', NULL, 'vigo_cal'),
  ('2023-2024', 'e86', 'sokerfil_mars', '2023-2024', 1,
   'Mars 2024', '04.mar', date '2024-03-04', NULL, 'vigo_cal'),
  ('2023-2024', 'e87', 'ssb_kostra_ureviderte', '2023-2024', 1,
   'Mars 2024', '15.mar', date '2024-03-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e88', 'ikke_sokere_til_ot', '2023-2024', 1,
   'Mars 2024', '15.mar', date '2024-03-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e89', 'ssb_resultat_vgs_host', '2023-2024', 1,
   'Mars 2024', '18.mar', date '2024-03-18', NULL, 'vigo_cal'),
  ('2023-2024', 'e90', 'udir_tilbakemelding_resultat_vgs_host', '2023-2024', 1,
   'Mars 2024', '19.mar', date '2024-03-19', NULL, 'vigo_cal'),
  ('2023-2024', 'e91', 'privatskoledata_april', '2023-2024', 1,
   'April 2024', '08.apr', date '2024-04-08', NULL, 'vigo_cal'),
  ('2023-2024', 'e92', 'rett_privatskole_april', '2023-2024', 1,
   'April 2024', '11.apr', date '2024-04-11', NULL, 'vigo_cal'),
  ('2023-2024', 'e93', 'privatskole_ist_april', '2023-2024', 1,
   'April 2024', '12.apr', date '2024-04-12', NULL, 'vigo_cal'),
  ('2023-2024', 'e94', 'ot_data_juni', '2023-2024', 1,
   'Juni 2024', '17.jun', date '2024-06-17', NULL, 'vigo_cal'),
  ('2023-2024', 'e95', 'ssb_kostra_reviderte_juni', '2023-2024', 1,
   'Juni 2024', '17.jun', date '2024-06-17', NULL, 'vigo_cal'),
  ('2023-2024', 'e96', 'fellessensur_gs', '2023-2024', 1,
   'Juni 2024', '19.jun til 21.jun', date '2024-06-19', date '2024-06-21', 'vigo_cal'),
  ('2023-2024', 'e97', 'fellessensur_vgs', '2023-2024', 1,
   'Juni 2024', '19.jun til 21.jun', date '2024-06-19', date '2024-06-21', 'vigo_cal'),
  ('2023-2024', 'e98', 'privatskoledata_juni', '2023-2024', 1,
   'Juni 2024', '26.jun', date '2024-06-26', NULL, 'vigo_cal'),
  ('2023-2024', 'e99', 'vigo_ot_avslutte_skolear', '2023-2024', 1,
   'Juni 2024', '28.jun', date '2024-06-28', NULL, 'vigo_cal'),
  ('2023-2024', 'e100', 'karakterer_gs', '2023-2024', 1,
   'Juni 2024', '30.jun', date '2024-06-30', NULL, 'vigo_cal'),
  ('2023-2024', 'e101', 'karakterer_vgs', '2023-2024', 1,
   'Juni 2024', '30.jun', date '2024-06-30', NULL, 'vigo_cal'),
  ('2023-2024', 'e102', 'privatist_karakterer_var', '2023-2024', 1,
   'Juni 2024', '30.jun', date '2024-06-30', NULL, 'vigo_cal'),
  ('2023-2024', 'e103', 'conexus_juli', '2023-2024', 1,
   'Juli 2024', '02.jul', date '2024-07-02', NULL, 'vigo_cal'),
  ('2023-2024', 'e104', 'fpvs_fullfort_juli', '2023-2024', 1,
   'Juli 2024', '08.jul', date '2024-07-08', NULL, 'vigo_cal'),
  ('2023-2024', 'e105', 'hovedinntak_siste_kjoring', '2023-2024', 1,
   'Juli 2024', '14.jul', date '2024-07-14', NULL, 'vigo_cal'),
  ('2023-2024', 'e106', 'ssb_resultat_gs_endelig', '2023-2024', 1,
   'Juli 2024', '15.jul', date '2024-07-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e107', 'ssb_resultat_vgs_1', '2023-2024', 1,
   'Juli 2024', '15.jul', date '2024-07-15', NULL, 'vigo_cal'),
  ('2023-2024', 'e108', 'udir_tilbakemelding_resultat_gs', '2023-2024', 1,
   'Juli 2024', '16.jul', date '2024-07-16', NULL, 'vigo_cal'),
  ('2023-2024', 'e109', 'udir_tilbakemelding_resultat_vgs_1', '2023-2024', 1,
   'Juli 2024', '16.jul', date '2024-07-16', NULL, 'vigo_cal'),
  ('2023-2024', 'e110', 'inntaksfil_juli', '2023-2024', 1,
   'Juli 2024', '17.jul', date '2024-07-17', NULL, 'vigo_cal'),
  ('2023-2024', 'e111', 'ssb_kostra_reviderte_juli', '2023-2024', 1,
   'Juli 2024', '17.jul', date '2024-07-17', NULL, 'vigo_cal'),
  ('2023-2024', 'e112', 'laerer_brukere_passiv', '2023-2024', 1,
   'Juli 2024', '31.jul', date '2024-07-31', NULL, 'vigo_cal'),
  ('2023-2024', 'e113', 'inntakslister_kjopte_plasser', '2024-2025', 1,
   'August 2024', 'Uke 31/32', date '2024-07-29', date '2024-08-09', 'vigo_cal'),
  ('2023-2024', 'e114', 'sluttere_til_vigo_ot', '2023-2024', 1,
   'Hver måned etter overføring fra søker til elev (rapport 5A001 må være kjørt) (se 11. og 15. september)', 'Engang pr. måned etter overføring fra søker til elev.', NULL, NULL, 'vigo_cal');
