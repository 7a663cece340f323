# The sync's rules and records without any I/O: the outbox of consented changes, in order per
# item, with backoff and a fresh Idempotency-Key per change; the pairing, the shared items and
# what the municipality proposed, as the vault keeps them.
set(mapje_folder_sources
    outbox.h outbox.cpp
    pairing.h
    shareditem.h
    proposal.h
)
