#!/usr/bin/python3
"""META.json: valid PGXN metadata, and the one place the version is written.

Validates META.json against the PGXN meta spec v1 schemas (copied in
test/meta/, see its README) with python3-jsonschema, checks that the
files and directories it names exist, and that the Makefile reads the
version from it whatever its layout and stops with a clear error when
the version is missing or malformed.  Needs no server.  Prints TAP.
"""
import copy
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

sys.dont_write_bytecode = True  # no __pycache__ in test/lib
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(REPO, "test", "lib"))
import tap  # noqa: E402

import jsonschema  # noqa: E402  (Debian: python3-jsonschema)

SCHEMA_DIR = os.path.join(REPO, "test", "meta", "schema", "v1")


# The schemas' patterns are written for Rust's regex crate; these are the
# classes they use that Python's re does not know, and what they mean here
# (\p{lower}: ASCII lower case is enough for a repository's type, "git").
RUST_CLASSES = [
    ("[[:digit:]]", "[0-9]"),
    (r"\p{Space}", r"\s"),
    (r"\p{Cntrl}", r"\x00-\x1f\x7f-\x9f"),  # used inside [...] only
    (r"\p{lower}", "[a-z]"),
]


def python_regex(rust):
    for a, b in RUST_CLASSES:
        rust = rust.replace(a, b)
    return rust


def pattern(validator, patrn, instance, schema):
    """The "pattern" keyword, with the schemas' regex translated."""
    if validator.is_type(instance, "string") and not re.search(python_regex(patrn), instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {patrn!r}")


def load_validator():
    """A validator of distribution.schema.json with every v1 schema at hand."""
    schemas = {}
    for path in glob.glob(os.path.join(SCHEMA_DIR, "*.schema.json")):
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        # every one is draft 2020-12; without the key, the validator of
        # each $ref'd schema stays the one below (with its "pattern")
        assert schema.pop("$schema") == "https://json-schema.org/draft/2020-12/schema", path
        schemas[schema["$id"]] = schema
    root = schemas["https://pgxn.org/meta/v1/distribution.schema.json"]
    checker = jsonschema.FormatChecker()

    # "path": a relative path in Unix form inside the distribution
    @checker.checks("path")
    def is_path(value):
        return (not isinstance(value, str)
                or (not value.startswith("/") and "\\" not in value
                    and ".." not in value.split("/")))

    @checker.checks("uri")
    def is_uri(value):
        if not isinstance(value, str):
            return True
        u = urllib.parse.urlsplit(value)
        return bool(u.scheme) and bool(u.netloc or u.path)

    cls = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"pattern": pattern})
    try:  # jsonschema 4.18 and later
        import referencing
        registry = referencing.Registry().with_resources(
            (uri, referencing.Resource.from_contents(s)) for uri, s in schemas.items())
        return cls(root, registry=registry, format_checker=checker)
    except ImportError:  # Debian 12's 4.10
        resolver = jsonschema.RefResolver.from_schema(root, store=schemas)
        return cls(root, resolver=resolver, format_checker=checker)


def errors_of(validator, doc):
    return sorted(f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
                  for e in validator.iter_errors(doc))


def read_version(path):
    """What the Makefile reads: (version, status, stderr)."""
    p = subprocess.run(["awk", "-f", os.path.join(REPO, "scripts", "meta_version.awk"), path],
                       capture_output=True, text=True)
    return p.stdout.strip(), p.returncode, p.stderr.strip()


def make_with_meta(tmp, meta_text):
    """Run make in a copy of the Makefile whose META.json is meta_text (None:
    no META.json); return (status, output).  The version is read before
    PGXS is included, so no pg_config is needed to see its error."""
    d = tempfile.mkdtemp(dir=tmp)
    shutil.copy(os.path.join(REPO, "Makefile"), d)
    os.mkdir(os.path.join(d, "scripts"))
    shutil.copy(os.path.join(REPO, "scripts", "meta_version.awk"), os.path.join(d, "scripts"))
    if meta_text is not None:
        with open(os.path.join(d, "META.json"), "w", encoding="utf-8") as f:
            f.write(meta_text)
    p = subprocess.run(["make", "-C", d, "PG_CONFIG=/nonexistent/pg_config"],
                       capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


def main():
    with open(os.path.join(REPO, "META.json"), encoding="utf-8") as f:
        text = f.read()
    try:
        meta = json.loads(text)
    except ValueError as e:
        tap.bail_out(f"META.json is not JSON: {e}")
    validator = load_validator()
    ext = meta.get("provides", {}).get("vigo_cal", {})
    tmp = tempfile.mkdtemp(prefix="vigo_cal_meta.")
    try:
        # -- the PGXN meta spec
        errs = errors_of(validator, meta)
        tap.ok(not errs, "META.json validates against the PGXN meta spec v1 schemas", errs)
        bad = {
            "without license": {k: v for k, v in meta.items() if k != "license"},
            "a version 0.4": dict(meta, version="0.4"),
            "an unknown key": dict(meta, colour="blue"),
            "an absolute provides file": dict(meta, provides={"vigo_cal": dict(ext, file="/etc/passwd")}),
            "a release_status 'final'": dict(meta, release_status="final"),
            "a name with a space": dict(meta, name="vigo cal"),
            "a tag with a slash": dict(meta, tags=["a/b"]),
            "meta-spec 2.0.0": dict(meta, **{"meta-spec": {"version": "2.0.0"}}),
        }
        accepted = [name for name, doc in bad.items() if not errors_of(validator, doc)]
        tap.ok(not accepted, "and the schemas reject a broken META.json "
               f"({', '.join(bad)})", [f"accepted: {a}" for a in accepted])

        # -- what it names
        f = ext.get("file", "")
        path = os.path.join(REPO, f)
        tap.ok(os.path.isfile(path) and "default_version = '@EXTVERSION@'" in open(path, encoding="utf-8").read(),
               f"provides.vigo_cal.file ({f}) is the extension's control file, from which the Makefile builds vigo_cal.control")
        tap.ok(os.path.isfile(os.path.join(REPO, ext.get("docfile", ""))),
               f"provides.vigo_cal.docfile ({ext.get('docfile')}) exists")
        tap.is_(ext.get("version"), meta["version"], "the extension's version is the distribution's")
        dirs = meta.get("no_index", {}).get("directory", [])
        missing = [d for d in dirs if not os.path.isdir(os.path.join(REPO, d))]
        tap.ok("test" in dirs and not missing,
               f"no_index leaves the tests out of PGXN's index ({', '.join(dirs)}), each a directory here",
               [f"no directory {d}" for d in missing])
        tap.is_(meta.get("prereqs", {}).get("runtime", {}).get("requires", {}).get("PostgreSQL"), "14.0.0",
                "it needs PostgreSQL 14.0.0 or later")
        with open(os.path.join(REPO, "README.md"), encoding="utf-8") as r:
            supported = re.search(r"Supported: PostgreSQL (\d+) to (\d+)", r.read())
        tap.is_(supported and supported.group(1), "14",
                "the README's oldest supported PostgreSQL is META.json's")
        res = meta.get("resources")
        if res is None:
            tap.ok(True, "resources names the repository and the bug tracker",
                   skip="no public URL of the project is known yet; add resources to META.json when there is one")
        else:
            urls = [res.get("repository", {}).get("web"), res.get("bugtracker", {}).get("web")]
            tap.ok(all(u and u.startswith("https://") for u in urls),
                   "resources names the repository and the bug tracker (https URLs)", str(res))

        # -- the version, read by the Makefile
        got = read_version(os.path.join(REPO, "META.json"))
        tap.is_(got[0], meta["version"], "the Makefile reads the version of META.json")
        layouts = {
            "minified": json.dumps(meta),
            "keys reversed, indented by 8": json.dumps({k: meta[k] for k in reversed(list(meta))}, indent=8),
            "a name that is 'version'": json.dumps(dict(meta, name="version"), indent=1),
        }
        wrong = []
        for name, doc in layouts.items():
            p = os.path.join(tmp, "layout.json")
            with open(p, "w", encoding="utf-8") as out:
                out.write(doc)
            v = read_version(p)
            if v[0] != meta["version"]:
                wrong.append(f"{name}: got {v}")
        tap.ok(not wrong, "whatever the layout of META.json (" + ", ".join(layouts) + ")", wrong)
        broken = {
            "no version": (json.dumps({k: v for k, v in meta.items() if k != "version"}, indent=3),
                           'no top-level "version"'),
            "version 0.4": (json.dumps(dict(meta, version="0.4"), indent=3),
                            'the version "0.4" is not MAJOR.MINOR.PATCH'),
            "version a number": (json.dumps(dict(meta, version=4), indent=3), '"version" is not a string'),
            "cut short": (text[:len(text) // 2], "META.json: "),
        }
        wrong = []
        for name, (doc, why) in broken.items():
            p = os.path.join(tmp, "META.json")
            with open(p, "w", encoding="utf-8") as out:
                out.write(doc)
            v = read_version(p)
            if v[0] or v[1] == 0 or why not in v[2]:
                wrong.append(f"{name}: got {v}, want an error saying {why!r}")
        tap.ok(not wrong, "a missing or malformed version is an error that says what is wrong ("
               + ", ".join(broken) + ")", wrong)
        rc, out = make_with_meta(tmp, broken["version 0.4"][0])
        tap.ok(rc != 0 and 'the version "0.4" is not MAJOR.MINOR.PATCH' in out
               and "cannot read the version from" in out and "Stop." in out,
               "make stops there, with the reason", out)
        rc, out = make_with_meta(tmp, None)
        tap.ok(rc != 0 and "META.json is missing" in out and "Stop." in out,
               "and when META.json is missing", out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return tap.done_testing()


if __name__ == "__main__":
    sys.exit(main())
