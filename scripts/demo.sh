#!/usr/bin/env bash
# The worked example, end to end, in a scratch workspace at the repository root:
# a fresh claimdesk.sqlite (git-ignored), the ledger in Claims/ and the report in Reports/.
# A fixed clock and reviewer make every output byte-identical from run to run.
set -euo pipefail
bin=${1:-.build/debug/claimdesk}
example=${2:-Examples/2026-03-09-openai-pentagon.fr.txt}
export CLAIMDESK_DB=claimdesk.sqlite CLAIMDESK_NOW=${CLAIMDESK_NOW:-2026-03-10T09:00:00Z} CLAIMDESK_REVIEWER=${CLAIMDESK_REVIEWER:-demo}
# The demo's signing key, published here on purpose so that the signed head in Claims/_workspace.json is
# reproducible (Ed25519 signatures are deterministic). It signs nothing but this demo: a real workspace gets its own
# random key in claimdesk.sqlite.key (mode 0600, git-ignored) from `claimdesk init`.
export CLAIMDESK_SIGNING_KEY=${CLAIMDESK_SIGNING_KEY:-da7ada7ada7ada7ada7ada7ada7ada7ada7ada7ada7ada7ada7ada7ada7ada7a}

rm -f claimdesk.sqlite claimdesk.sqlite-wal claimdesk.sqlite-shm
run() { echo "\$ claimdesk $*"; "$bin" "$@"; echo; }
# A command that must be refused: show the refusal, and fail the demo if it was not refused.
refused() {
    echo "\$ claimdesk $*    # refused on purpose"
    if "$bin" "$@" 2>&1; then echo "demo: expected a refusal" >&2; exit 1; fi
    echo
}
# The id of the first claim matching a search, so the demo does not depend on claim numbering.
claim() { "$bin" claims search "$1" --json | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])'; }

run init --organisation "ClaimDesk demo desk" --organisation-url "https://claimdesk.example/"
run ingest "$example" --title "OpenAI, le Pentagone et la démission de Caitlin Kalinowski"
run docs list
run claims list

subscribers=$(claim "million abonnés quitté")
azure=$(claim "Azure 2023")
analysis=$(claim "départ évidence tensions")
run claims show "$subscribers"
run claims search "département Défense"

# A reviewer's first pass: no verdict without evidence, every decision with its reason.
refused verify "$azure"
run mark "$subscribers" in_review --note "Hedged figure (conditionnel): find who counted the 1.5 million cancellations"
run mark "$azure" in_review --note "Ask Microsoft and the Pentagon for the 2023 Azure OpenAI authorisation"
run mark "$analysis" dismissed --note "The writer's analysis, not a fact: nothing to check"
run history "$subscribers"
run audit verify
run report
run export ledger
run audit head
