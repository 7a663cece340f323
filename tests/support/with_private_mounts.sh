#!/bin/sh
# Runs a test in a private mount namespace, so it may mount small tmpfs file systems (a real full
# disk) and read-only ones without touching the machine's own mounts. As root a plain mount
# namespace; otherwise a user namespace that maps the caller to root inside it.
set -eu
if [ "$(id -u)" -eq 0 ]; then
    exec unshare --mount --propagation private env MAPJE_PRIVATE_MOUNTS=1 "$@"
fi
exec unshare --user --map-root-user --mount --propagation private env MAPJE_PRIVATE_MOUNTS=1 "$@"
