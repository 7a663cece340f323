# The sync's rules without any I/O: the outbox of consented changes, in order per item, with
# backoff and a fresh Idempotency-Key per change.
set(mapje_folder_sources
    outbox.h outbox.cpp
)
