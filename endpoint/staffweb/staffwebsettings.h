#pragma once

namespace mapje::endpoint {

/** [medewerkerspagina] of endpoint.ini (docs/staff-page.md). */
struct StaffWebSettings {
    /** Signed out after this long without a request. */
    int idleMinutes = 20;
    /** Signed out after this long in any case. */
    int maxHours = 10;
    /** Wrong sign-ins per account and per address in 15 minutes before a wait. */
    int wrongSignInsPerWindow = 5;
    /** How long a line of the audit log is kept. */
    int auditDays = 365;
    /** Only for a browser test on the loopback: the cookie without the __Host- prefix and
     * without Secure, because a browser keeps neither from http://127.0.0.1. Refused (with a
     * warning) when the server listens on any other address. */
    bool plainHttpForTests = false;
};

} // namespace mapje::endpoint
