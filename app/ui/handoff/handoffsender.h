#pragma once

#include "handoff/client/handoffanswer.h"
#include "handoff/crypto/handoffkeypair.h"
#include "ui/handoff/handoffsession.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace mapje {

class HandoffClient;
class KioskController;

/**
 * "Meenemen naar je telefoon" on a kiosk (QML singleton HandoffSend): a fresh key pair and a
 * mailbox on the municipality's endpoint, the QR code and the short code to show, a look at the
 * mailbox every 1.5 s until a phone came, the check code both screens show, and only after the
 * visitor's "Ja, dezelfde code" the sealed session goes up. "Nee" ends the mailbox. The kiosk's
 * own session is only read here: a failed hand-off loses nothing she typed.
 */
class HandoffSender : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool available READ available CONSTANT)
    /** "start", "opening", "code" (QR code shown), "check", "sending" or "sent". */
    Q_PROPERTY(QString step READ step NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    /** The mailbox's code as the endpoint gave it ("KM4T-X7RA"). */
    Q_PROPERTY(QString code READ code NOTIFY changed)
    /** The code in groups of four, large and easy to copy ("KM4T X7RA"). */
    Q_PROPERTY(QString codeGroups READ codeGroups NOTIFY changed)
    /** What the QR code says (HandoffLink). */
    Q_PROPERTY(QString link READ link NOTIFY changed)
    Q_PROPERTY(QString checkCode READ checkCode NOTIFY changed)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    /** Between begin() and stop(): the hand-off's page is open, so the kiosk bar does not offer
     * it a second time. */
    Q_PROPERTY(bool engaged READ engaged NOTIFY changed)

public:
    using SessionSource = std::function<HandoffSession()>;

    HandoffSender(const KioskController &kiosk, QObject *parent);
    ~HandoffSender() override;

    /** What goes: the kiosk's board and goals as they are at "Ja". */
    void setSessionSource(SessionSource source) { m_source = std::move(source); }
    /** Milliseconds before a request counts as unanswered, and between looks at the mailbox;
     * tests shorten them. */
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setPollInterval(int milliseconds) { m_pollMs = milliseconds; }

    [[nodiscard]] bool available() const;
    [[nodiscard]] QString step() const { return m_step; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString code() const { return m_code; }
    [[nodiscard]] QString codeGroups() const;
    [[nodiscard]] QString link() const { return m_link; }
    [[nodiscard]] QString checkCode() const { return m_checkCode; }
    [[nodiscard]] int secondsLeft() const;
    [[nodiscard]] bool engaged() const { return m_engaged; }

    /** "Meenemen naar je telefoon": a new mailbox (an open one is ended first). */
    Q_INVOKABLE void begin();
    /** "Ja, dezelfde code": seals the session for that phone and sends it; again after a
     * failed send, with the same key, so it is never sent twice. */
    Q_INVOKABLE void confirmSame();
    /** "Nee, andere code": someone else's phone; the mailbox is ended, nothing is sent. */
    Q_INVOKABLE void rejectDifferent();
    /** The page closes: an open mailbox is ended, unless the session went. */
    Q_INVOKABLE void stop();

signals:
    void changed();
    void secondsLeftChanged();

private:
    void look();
    void tick();
    void endMailbox();
    void fail(const QString &message);
    void reset();
    void setStep(const QString &step);
    [[nodiscard]] QString answerWords(const HandoffAnswer &answer) const;

    const KioskController &m_kiosk;
    SessionSource m_source;
    QNetworkAccessManager *m_network = nullptr; // made when the visitor first asks
    std::unique_ptr<HandoffClient> m_client;
    std::optional<HandoffKeyPair> m_keys;
    QByteArray m_phoneKey;
    QString m_code;
    QString m_link;
    QString m_checkCode;
    QString m_uploadKey;
    QDeadlineTimer m_deadline;
    QTimer m_lookTimer;
    QTimer m_countdown;
    int m_unanswered = 0;
    int m_attempt = 0; // a late answer to an ended mailbox changes nothing
    int m_timeoutMs = 20000;
    int m_pollMs = 1500;
    bool m_engaged = false;
    QString m_step = QStringLiteral("start");
    QString m_message;
};

} // namespace mapje
