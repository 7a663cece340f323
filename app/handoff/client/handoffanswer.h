#pragma once

#include <QByteArray>

namespace mapje {

/** How one request to the hand-off mailbox ended, in the terms the kiosk's and phone's pages
 * need to say what happens next. */
struct HandoffAnswer {
    enum class Outcome {
        Done,
        /** 404: the code is unknown, expired, ended, fetched already, or not this kiosk's or
         * this phone's. One answer: the page offers a new code. */
        Gone,
        /** 409: another phone claimed it first, or the kiosk uploaded already. */
        Taken,
        /** 409: too early; a phone is not there yet (upload), or the kiosk has not sent yet
         * (fetch). Ask again after retryAfterSeconds. */
        NotYet,
        /** 429: too many requests or wrong codes; wait retryAfterSeconds. */
        TooMany,
        /** 400, 401, 413, 415, 422, or a transport the rules refuse: this request cannot work as
         * it is, so repeating it will not help. */
        Refused,
        /** No answer, a time-out, 5xx, or a body that is not what the API promises: try again
         * with the same Idempotency-Key. */
        NoAnswer,
    };
    Outcome outcome = Outcome::NoAnswer;
    int status = 0; ///< the HTTP status; 0 without an answer
    int retryAfterSeconds = 0; ///< from Retry-After (at most an hour); 0 when not given

    /** How an HTTP answer maps onto an outcome; problem is the problem+json body, if any. */
    [[nodiscard]] static HandoffAnswer of(
        int status, const QByteArray &problem, const QByteArray &retryAfter);
};

} // namespace mapje
