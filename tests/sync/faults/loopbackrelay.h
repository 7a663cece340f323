#pragma once

#include <QMap>
#include <QMutex>
#include <QThread>
#include <QUrl>

class RelayWorker;

/**
 * A byte relay on 127.0.0.1 in front of mapje-endpoint, in a thread of its own (so a test that
 * blocks on a process still relays). Each upstream connection leaves from the next loopback
 * address, 127.0.0.2 to 127.0.0.254, as devices each come from an address of their own: the
 * endpoint allows 120 requests a minute per address, which one test's many pairings would
 * exceed from 127.0.0.1 alone. It reads nothing but the status line of each answer, for the
 * counts below.
 */
class LoopbackRelay {
public:
    struct Stats {
        int connections = 0;
        /** Connections the client closed while its request had no answer yet (a kill landed
         * mid-request). */
        int cutAwaitingAnswer = 0;
        QMap<int, int> statuses; ///< every answer's HTTP status, counted
    };

    explicit LoopbackRelay(quint16 upstreamPort);
    ~LoopbackRelay();
    LoopbackRelay(const LoopbackRelay &) = delete;
    LoopbackRelay &operator=(const LoopbackRelay &) = delete;

    /** 0 when it could not listen. */
    [[nodiscard]] quint16 port() const { return m_port; }
    /** http://127.0.0.1:port/v1, the base the app's client uses. */
    [[nodiscard]] QUrl base() const;
    [[nodiscard]] Stats stats() const;

private:
    friend class RelayWorker;
    QThread m_thread;
    RelayWorker *m_worker = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    Stats m_stats;
};
