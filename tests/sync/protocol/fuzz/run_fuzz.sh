#!/usr/bin/env bash
# Builds the codec's libFuzzer target with Debian's clang (AddressSanitizer and UBSan on) and runs
# it for a bounded time from the seeds here; any crash, leak or failed round trip fails the test.
#   run_fuzz.sh BUILD_DIR [SECONDS]     (default 30 s; FUZZ_SECONDS overrides)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
out="$1"
seconds="${FUZZ_SECONDS:-${2:-30}}"
mkdir -p "$out/corpus"
src="$root/app/sync/protocol"
clang++-14 -std=c++20 -O1 -g -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -I"$root/app" $(pkg-config --cflags Qt6Core) \
    "$here/fuzz_protocol.cpp" "$src/messages.cpp" "$src/objectreader.cpp" "$src/strictjson.cpp" \
    "$src/protocolerror.cpp" $(pkg-config --libs Qt6Core) -o "$out/fuzz_protocol"
# New inputs go to the build folder's corpus; the seeds stay as committed.
exec "$out/fuzz_protocol" -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048 \
    -print_final_stats=1 "$out/corpus" "$here/seeds"
