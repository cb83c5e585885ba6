#!/usr/bin/env bash
# with-cluster.sh CMD [ARGS...]: run a command against a throwaway cluster
# with vigo_cal installed (PGHOST, PGPORT and PGUSER are set for it).
. "$(dirname "$0")/lib.sh"
EXTRA_PACKAGES=${EXTRA_PACKAGES:-} setup
"$@"
