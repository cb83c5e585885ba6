#!/usr/bin/python3
"""Independent test oracle for vigo_cal's calendar functions.

Generates CSV files of expected results computed with numpy (busday_offset,
busday_count, is_busday) and dateutil (Easter), plus Python's
date.isocalendar(), for cross-checking the extension in
test/pgtap/oracle.sql.  Python is only the oracle here; nothing of it ships
with the extension.

Usage (use the system Python, which has numpy and dateutil):

    /usr/bin/python3 test/oracle/gen_oracle.py OUTDIR [--seed N]

The random cases depend on the seed.  Without --seed, a seed is derived from
the current time; it is always printed, so a failing run can be reproduced
with --seed.

Files written into OUTDIR (header row, comma separated, ISO dates, empty
field = NULL):

    easter.csv         year,easter                    every year 1583..2500
    holidays.csv       day                            distinct holidays 1940..2160
    busday.csv         d,is_busday,next_busday,prev_busday   every day 1950..2150
    busday_offset.csv  d,n,roll,expected,raises       random cases, 8 roll modes
    busday_count.csv   a,b,expected                   random pairs
    isoweek.csv        d,iso_year,iso_week,monday     random dates + every 28 Dec
    schoolyear.csv     d,schoolyear                   random dates
    meta.csv           key,value                      seed, numpy version

numpy version matters for busday_count(a, b) with b < a: numpy <= 1.24 (the
Debian 12 python3-numpy) returns -busday_count(b, a), i.e. minus the business
days in [b, a); numpy >= 1.25 (numpy PR #23229) returns minus the business
days in (b, a].  Dates with a <= b, and busday_offset, are the same in both.
The version used is recorded in meta.csv and printed by the pgTAP test.
"""

import argparse
import csv
import datetime as dt
import os
import random
import sys
import time

import numpy as np
from dateutil.easter import EASTER_WESTERN, easter

WEEKMASK = "1111100"
ROLLS = ("raise", "nat", "forward", "following", "backward", "preceding",
         "modifiedfollowing", "modifiedpreceding")

HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR = 1940, 2160
# Random inputs and all offset results stay inside this window, well within
# the holiday coverage above, so numpy never works with a year whose
# holidays it was not told about.
WIN_START, WIN_END = dt.date(1950, 1, 1), dt.date(2150, 12, 31)

MIN_OFFSET_CASES = 6000
MIN_COUNT_CASES = 3000
MIN_ISOWEEK_CASES = 3000


def norwegian_holidays(year):
    """Norwegian public holidays of a year, as a set of dates."""
    e = easter(year, EASTER_WESTERN)
    days = {
        dt.date(year, 1, 1),            # 1. nyttårsdag
        e - dt.timedelta(days=3),       # skjærtorsdag
        e - dt.timedelta(days=2),       # langfredag
        e,                              # 1. påskedag
        e + dt.timedelta(days=1),       # 2. påskedag
        e + dt.timedelta(days=39),      # Kristi himmelfartsdag
        e + dt.timedelta(days=49),      # 1. pinsedag
        e + dt.timedelta(days=50),      # 2. pinsedag
        dt.date(year, 12, 25),          # 1. juledag
        dt.date(year, 12, 26),          # 2. juledag
    }
    if year >= 1947:                    # offentlige høytidsdager from 1947
        days.add(dt.date(year, 5, 1))
        days.add(dt.date(year, 5, 17))
    return days


def iso(d):
    return d.isoformat()


def to_date(x):
    """numpy datetime64[D] -> datetime.date, or None for NaT."""
    if np.isnat(x):
        return None
    return x.astype("datetime64[D]").astype(dt.date)


def random_date(rng, lo=WIN_START, hi=WIN_END):
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))


class Oracle:
    def __init__(self, rng):
        self.rng = rng
        self.holiday_set = set()
        for y in range(HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR + 1):
            self.holiday_set |= norwegian_holidays(y)
        self.holidays = sorted(self.holiday_set)
        self.np_holidays = np.array([iso(d) for d in self.holidays],
                                    dtype="datetime64[D]")
        self.win_holidays = [h for h in self.holidays
                             if WIN_START <= h <= WIN_END]
        self.special = self._special_dates()

    # numpy wrappers --------------------------------------------------------
    def is_busday(self, d):
        return bool(np.is_busday(np.datetime64(iso(d), "D"),
                                 weekmask=WEEKMASK, holidays=self.np_holidays))

    def offset(self, d, n, roll):
        """(expected date or None, raises)"""
        try:
            r = np.busday_offset(np.datetime64(iso(d), "D"), n, roll=roll,
                                 weekmask=WEEKMASK, holidays=self.np_holidays)
        except ValueError:
            return None, True
        return to_date(r), False

    def count(self, a, b):
        return int(np.busday_count(np.datetime64(iso(a), "D"),
                                   np.datetime64(iso(b), "D"),
                                   weekmask=WEEKMASK,
                                   holidays=self.np_holidays))

    # interesting start dates -------------------------------------------------
    def _special_dates(self):
        """Dates near the tricky spots, inside the window."""
        s = set()
        for y in range(WIN_START.year, WIN_END.year + 1):
            e = easter(y, EASTER_WESTERN)
            for k in range(-8, 3):                     # Easter week
                s.add(e + dt.timedelta(days=k))
            for k in range(37, 53):                    # Ascension .. Whitsun
                s.add(e + dt.timedelta(days=k))
            for k in range(-2, 3):                     # 1 May, 17 May
                s.add(dt.date(y, 5, 1) + dt.timedelta(days=k))
                s.add(dt.date(y, 5, 17) + dt.timedelta(days=k))
            for k in range(20, 32):                    # Christmas, new year
                s.add(dt.date(y, 12, k))
            for k in range(1, 4):
                s.add(dt.date(y, 1, k))
        for h in self.holidays:                        # around every holiday
            for k in (-1, 0, 1):
                s.add(h + dt.timedelta(days=k))
        return sorted(d for d in s if WIN_START <= d <= WIN_END)

    def month_edge(self):
        """A date among the last/first few days of a random month."""
        rng = self.rng
        y = rng.randint(WIN_START.year, WIN_END.year)
        m = rng.randint(1, 12)
        first_next = dt.date(y + (m == 12), m % 12 + 1, 1)
        d = first_next + dt.timedelta(days=rng.randint(-5, 2))
        return min(max(d, WIN_START), WIN_END)

    def weekend(self):
        d = random_date(self.rng)
        # move to the next Saturday, then maybe to Sunday
        d += dt.timedelta(days=(5 - d.weekday()) % 7 + self.rng.randint(0, 1))
        return d if d <= WIN_END else WIN_END - dt.timedelta(days=1)

    def start_date(self, roll):
        rng = self.rng
        r = rng.random()
        modified = roll.startswith("modified")
        if r < 0.60:
            return random_date(rng)
        if r < 0.66:
            return self.weekend()
        if r < 0.72:
            return rng.choice(self.win_holidays)
        if r < (0.86 if not modified else 0.78):
            return rng.choice(self.special)
        return self.month_edge()

    def random_n(self):
        rng = self.rng
        r = rng.random()
        if r < 0.25:
            return 0
        if r < 0.45:
            return rng.randint(-5, 5)
        if r < 0.85:
            return rng.randint(-400, 400)
        return rng.randint(-20000, 20000)


def write_csv(outdir, name, header, rows):
    path = os.path.join(outdir, name)
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        n = 0
        for row in rows:
            w.writerow(["" if v is None else v for v in row])
            n += 1
    print(f"  {name}: {n} rows")
    return n


def fmt_bool(b):
    return "true" if b else "false"


def gen_easter():
    for y in range(1583, 2501):
        yield y, iso(easter(y, EASTER_WESTERN))


def gen_busday(o):
    days = np.arange(np.datetime64(iso(WIN_START)),
                     np.datetime64(iso(WIN_END)) + 1, dtype="datetime64[D]")
    kw = dict(weekmask=WEEKMASK, holidays=o.np_holidays)
    isb = np.is_busday(days, **kw)
    nxt = np.busday_offset(days, 0, roll="forward", **kw)
    prv = np.busday_offset(days, 0, roll="backward", **kw)
    for d, b, n, p in zip(days, isb, nxt, prv):
        yield str(d), fmt_bool(b), str(n), str(p)


def gen_busday_offset(o, per_roll):
    rng = o.rng
    rows = []
    stats = {"nonbus": 0, "raises": 0, "nat": 0}
    for roll in ROLLS:
        done = 0
        while done < per_roll:
            d = o.start_date(roll)
            n = o.random_n()
            exp, raises = o.offset(d, n, roll)
            if exp is not None and not (WIN_START <= exp <= WIN_END):
                continue            # keep results inside the window
            rows.append((iso(d), n, roll,
                         iso(exp) if exp is not None else None,
                         fmt_bool(raises)))
            done += 1
            if not o.is_busday(d):
                stats["nonbus"] += 1
            stats["raises"] += raises
            stats["nat"] += (exp is None and not raises)
    rng.shuffle(rows)
    print(f"  busday_offset: {stats['nonbus']} of {len(rows)} start dates are "
          f"non-business days ({100.0 * stats['nonbus'] / len(rows):.1f}%), "
          f"{stats['raises']} raise, {stats['nat']} NaT")
    return rows


def gen_busday_count(o, cases):
    rng = o.rng
    rows = []
    for i in range(cases):
        r = rng.random()
        a = rng.choice(o.special) if rng.random() < 0.3 else random_date(rng)
        if r < 0.08:
            b = a
        elif r < 0.40:
            b = a + dt.timedelta(days=rng.randint(-14, 14))
        elif r < 0.75:
            b = a + dt.timedelta(days=rng.randint(-800, 800))
        else:
            b = a + dt.timedelta(days=rng.randint(-60 * 366, 60 * 366))
        if not (WIN_START <= b <= WIN_END):
            b = a - (b - a)         # mirror back into the window
            if not (WIN_START <= b <= WIN_END):
                b = random_date(rng)
        rows.append((iso(a), iso(b), o.count(a, b)))
    return rows


def gen_isoweek(rng, cases):
    dates = set()
    for y in range(WIN_START.year, WIN_END.year + 1):
        dates.add(dt.date(y, 12, 28))   # always in the last ISO week
    while len(dates) < cases + (WIN_END.year - WIN_START.year + 1):
        r = rng.random()
        if r < 0.55:                    # 25 Dec .. 7 Jan
            y = rng.randint(1900, 2200)
            d = dt.date(y, 12, 25) + dt.timedelta(days=rng.randint(0, 13))
        elif r < 0.90:
            d = random_date(rng, dt.date(1900, 1, 1), dt.date(2200, 12, 31))
        else:                           # the whole range of the isoweek type:
            # the weeks that lie wholly inside 1583-01-01 .. 9999-12-31, from
            # Monday 3 January 1583 (1583-W01) to Sunday 26 December 9999
            # (9999-W51); the days before and after raise 22008, tested in
            # sql/edge_values.sql
            d = random_date(rng, dt.date(1583, 1, 3), dt.date(9999, 12, 26))
        dates.add(d)
    for d in sorted(dates):
        y, w, wd = d.isocalendar()
        yield iso(d), y, w, iso(d - dt.timedelta(days=wd - 1))


def gen_schoolyear(rng, cases):
    dates = set()
    while len(dates) < cases:
        r = rng.random()
        if r < 0.5:                     # around 1 August
            y = rng.randint(1900, 2200)
            d = dt.date(y, 8, 1) + dt.timedelta(days=rng.randint(-3, 2))
        elif r < 0.6:                   # around new year
            y = rng.randint(1900, 2200)
            d = dt.date(y, 1, 1) + dt.timedelta(days=rng.randint(-2, 1))
        else:
            d = random_date(rng, dt.date(1900, 1, 1), dt.date(2200, 12, 31))
        dates.add(d)
    for d in sorted(dates):
        y = d.year if d.month >= 8 else d.year - 1
        yield iso(d), f"{y}-{y + 1}"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--offset-cases-per-roll", type=int, default=1000)
    ap.add_argument("--count-cases", type=int, default=4000)
    ap.add_argument("--isoweek-cases", type=int, default=3500)
    ap.add_argument("--schoolyear-cases", type=int, default=1000)
    args = ap.parse_args(argv)

    seed = args.seed if args.seed is not None else time.time_ns() % (2 ** 32)
    print(f"gen_oracle: seed {seed} (reproduce with --seed {seed}); "
          f"numpy {np.__version__}")
    if args.offset_cases_per_roll * len(ROLLS) < MIN_OFFSET_CASES \
            or args.count_cases < MIN_COUNT_CASES \
            or args.isoweek_cases < MIN_ISOWEEK_CASES:
        sys.exit("gen_oracle: too few cases requested")
    rng = random.Random(seed)
    os.makedirs(args.outdir, exist_ok=True)

    o = Oracle(rng)
    write_csv(args.outdir, "easter.csv", ("year", "easter"), gen_easter())
    write_csv(args.outdir, "holidays.csv", ("day",),
              ((iso(d),) for d in o.holidays))
    write_csv(args.outdir, "busday.csv",
              ("d", "is_busday", "next_busday", "prev_busday"), gen_busday(o))
    write_csv(args.outdir, "busday_offset.csv",
              ("d", "n", "roll", "expected", "raises"),
              gen_busday_offset(o, args.offset_cases_per_roll))
    write_csv(args.outdir, "busday_count.csv", ("a", "b", "expected"),
              gen_busday_count(o, args.count_cases))
    write_csv(args.outdir, "isoweek.csv",
              ("d", "iso_year", "iso_week", "monday"),
              gen_isoweek(rng, args.isoweek_cases))
    write_csv(args.outdir, "schoolyear.csv", ("d", "schoolyear"),
              gen_schoolyear(rng, args.schoolyear_cases))
    write_csv(args.outdir, "meta.csv", ("key", "value"),
              (("seed", seed), ("numpy", np.__version__),
               ("generated", dt.datetime.now(dt.timezone.utc)
                .strftime("%Y-%m-%dT%H:%M:%SZ"))))


if __name__ == "__main__":
    main()
