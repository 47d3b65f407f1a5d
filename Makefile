# ClaimDesk: `make demo` runs the worked example, `make test` runs the tests.
# Both install the system packages they need on Debian when missing (root or sudo).

SWIFT ?= swift
APT_PACKAGES := libsqlite3-dev libcurl4-openssl-dev zlib1g-dev cmark-gfm curl
BIN := .build/debug/claimdesk
EXAMPLE := Examples/2026-03-09-openai-pentagon.fr.txt
# The demo is reproducible: a fixed clock and reviewer give byte-identical Claims/ and Reports/.
DEMO_ENV := CLAIMDESK_DB=claimdesk.sqlite CLAIMDESK_NOW=2026-03-10T09:00:00Z CLAIMDESK_REVIEWER=demo

.PHONY: deps build demo serve test format clean

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi
	@python3 -c 'import warcio' 2>/dev/null || pip install -q warcio || echo "warning: warcio not installed (WARC validation tests need it)"

build: deps
	$(SWIFT) build

demo: build
	@bash scripts/demo.sh $(BIN) $(EXAMPLE)

# The workbench in the browser over the demo workspace (made by `make demo` when missing).
serve: build
	@[ -f claimdesk.sqlite ] || bash scripts/demo.sh $(BIN) $(EXAMPLE) >/dev/null
	CLAIMDESK_DB=claimdesk.sqlite $(BIN) serve

test: deps
	$(SWIFT) test

format:
	bash scripts/format.sh

clean:
	rm -rf .build claimdesk.sqlite claimdesk.sqlite-wal claimdesk.sqlite-shm
