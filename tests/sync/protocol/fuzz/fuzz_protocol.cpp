// libFuzzer target for the protocol codec (app/sync/protocol): any bytes into every decoder.
// A decoder may refuse, never crash; what it accepts encodes and decodes to the same value.
#include <cstddef>
#include <cstdint>

#include "sync/protocol/messages.h"

namespace {

using namespace mapje::protocol;

template<typename T, typename Decode, typename... Args>
void roundTrip(QByteArrayView bytes, Decode decode, Args... args)
{
    const Decoded<T> first = decode(bytes, args...);
    if (!first.ok())
        return;
    const Decoded<T> second = decode(encode(first.value()), args...);
    if (!second.ok() || !(second.value() == first.value()))
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    roundTrip<Share>(bytes, decodeShare);
    roundTrip<PairingRequest>(bytes, decodePairingRequest);
    roundTrip<NewPairing>(bytes, decodeNewPairing);
    roundTrip<PairingCodeRequest>(bytes, decodePairingCodeRequest);
    roundTrip<RescheduleRequest>(bytes, decodeRescheduleRequest);
    roundTrip<Appointment>(bytes, decodeAppointment, true);
    roundTrip<Appointment>(bytes, decodeAppointment, false);
    roundTrip<Moment>(bytes, decodeMoment, true);
    roundTrip<Moment>(bytes, decodeMoment, false);
    return 0;
}
