# meta_version.awk: print the distribution's version, the top-level
# "version" of META.json, for the Makefile:
#
#   awk -f scripts/meta_version.awk META.json
#
# It reads the JSON as tokens, so layout, key order and the "version" keys
# nested in "provides" and "meta-spec" do not matter.  Prints nothing and
# says why on standard error (exit status 1) when the file is not balanced
# JSON, has no top-level "version", or the version is not a semantic
# version (MAJOR.MINOR.PATCH, as PGXN requires).

BEGIN { text = "" }
{ text = text $0 "\n" }

function fail(why) {
	printf "%s: %s\n", FILENAME, why > "/dev/stderr"
	exit 1
}

END {
	depth = 0; n = length(text); version = ""; found = 0
	want_value = 0		# the previous token was the top-level key "version" and ":"
	last_key = ""		# the last string read at depth 1, and whether a ":" followed
	for (i = 1; i <= n; i++) {
		c = substr(text, i, 1)
		if (c == "\"") {
			# a string: find its end, skipping escaped characters
			j = i + 1; s = ""
			while (j <= n && (d = substr(text, j, 1)) != "\"") {
				if (d == "\\") { s = s d substr(text, j + 1, 1); j += 2; continue }
				s = s d; j++
			}
			if (j > n)
				fail("a string is not closed")
			if (want_value) {
				if (found)
					fail("\"version\" is given twice")
				version = s; found = 1; want_value = 0
			} else if (depth == 1)
				last_key = s
			i = j
		} else if (c == ":") {
			if (depth == 1 && last_key == "version")
				want_value = 1
			last_key = ""
		} else if (c == "{" || c == "[") {
			if (want_value)
				fail("\"version\" is not a string")
			depth++
		} else if (c == "}" || c == "]") {
			if (--depth < 0)
				fail("more closing than opening brackets")
		} else if (c == ",") {
			last_key = ""
		} else if (c !~ /[ \t\r\n]/) {
			if (want_value)
				fail("\"version\" is not a string")
			last_key = ""
		}
	}
	if (depth != 0)
		fail("brackets are not balanced")
	if (!found)
		fail("no top-level \"version\"")
	if (version !~ /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$/)
		fail("the version \"" version "\" is not MAJOR.MINOR.PATCH")
	print version
}
