#!/usr/bin/env bash
# The worked example, end to end, in a scratch workspace at the repository root:
# a fresh claimdesk.sqlite (git-ignored), the ledger in Claims/ and the report in Reports/.
set -euo pipefail
bin=${1:-.build/debug/claimdesk}
example=${2:-Examples/2026-03-09-openai-pentagon.fr.txt}
export CLAIMDESK_DB=claimdesk.sqlite CLAIMDESK_NOW=${CLAIMDESK_NOW:-2026-03-10T09:00:00Z} CLAIMDESK_REVIEWER=${CLAIMDESK_REVIEWER:-demo}

rm -f claimdesk.sqlite claimdesk.sqlite-wal claimdesk.sqlite-shm
run() { echo "\$ claimdesk $*"; "$bin" "$@"; echo; }

run init --organisation "ClaimDesk demo desk" --organisation-url "https://claimdesk.example/"
run ingest "$example" --title "OpenAI, le Pentagone et la démission de Caitlin Kalinowski"
run docs list
run claims list
run audit verify
run report
run export ledger
