#!/usr/bin/env bash
# Formats the Swift sources in place with the repository's .swift-format, then lints strictly.
set -euo pipefail
cd "$(dirname "$0")/.."
swift-format format --in-place --recursive --configuration .swift-format Package.swift Sources Tests
swift-format lint --strict --recursive --configuration .swift-format Package.swift Sources Tests
