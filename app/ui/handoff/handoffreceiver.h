#pragma once

#include "core/handoff/handofflink.h"
#include "handoff/client/handoffanswer.h"
#include "handoff/crypto/handoffkeypair.h"
#include "sync/engine/syncconfig.h"
#include "sync/protocol/handoffmessages.h"
#include "ui/handoff/handoffsession.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace mapje {

class BoardController;
class BoardRepository;
class Clock;
class GoalRepository;
class HandoffClient;
class IdGenerator;

/**
 * "Ontvang van een zuil" on her own Mapje (QML singleton HandoffReceive): she scans the kiosk's
 * QR code or types its code; her phone claims the mailbox with a fresh key pair, shows the check
 * code, waits for the sealed session, opens it and shows in words what came, each thing with a
 * choice to keep it. Nothing reaches her vault before "Bewaar in mijn Mapje"; a board she already
 * has is never replaced without her choice. No network object exists before she starts.
 */
class HandoffReceiver : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool available READ available CONSTANT)
    /** "start", "claiming", "waiting" (check code shown), "preview" or "saved". */
    Q_PROPERTY(QString step READ step NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString checkCode READ checkCode NOTIFY changed)
    /** What came, one map per thing: key, title, lines (the words), keep. */
    Q_PROPERTY(QVariantList items READ items NOTIFY changed)
    Q_PROPERTY(bool hasOthers READ hasOthers NOTIFY changed)
    Q_PROPERTY(bool keepOthers READ keepOthers NOTIFY changed)
    /** She keeps the kiosk's board and already has one: ask before saving. */
    Q_PROPERTY(bool asksAboutBoard READ asksAboutBoard NOTIFY changed)
    Q_PROPERTY(bool keepsSomething READ keepsSomething NOTIFY changed)
    Q_PROPERTY(QString savedText READ savedText NOTIFY changed)

public:
    HandoffReceiver(const Clock &clock, IdGenerator &ids, std::optional<SyncConfig> endpoint,
        BoardController &board, QObject *parent);
    ~HandoffReceiver() override;

    /** Connected when the vault opens, nullptr before it closes. */
    void setStores(BoardRepository *boards, GoalRepository *goals);
    /** Milliseconds before a request counts as unanswered; tests shorten it. */
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    [[nodiscard]] bool available() const { return m_endpoint.has_value(); }
    [[nodiscard]] QString step() const { return m_step; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString checkCode() const { return m_checkCode; }
    [[nodiscard]] QVariantList items() const;
    [[nodiscard]] bool hasOthers() const;
    [[nodiscard]] bool keepOthers() const { return m_keepOthers; }
    [[nodiscard]] bool asksAboutBoard() const;
    [[nodiscard]] bool keepsSomething() const;
    [[nodiscard]] QString savedText() const { return m_savedText; }

    /** "Ophalen" with the code she typed, on the endpoint this Mapje knows. */
    Q_INVOKABLE void receiveCode(const QString &typed);
    /** The camera read a QR code; false (and a message) when it is not a kiosk's. */
    Q_INVOKABLE bool receiveScanned(const QString &text);
    /** Her choice for one thing that came ("board", or "goal:<n>"). */
    Q_INVOKABLE void setKeep(const QString &key, bool keep);
    Q_INVOKABLE void setKeepOthers(bool keep);
    /** "Bewaar in mijn Mapje": what she ticked goes into her vault; replaceBoard is her answer
     * when she already has a board (the kiosk's becomes her board, hers stays among the earlier
     * ones) — false keeps hers and leaves the kiosk's board out. */
    Q_INVOKABLE void save(bool replaceBoard);
    /** Leaves the hand-off: what came and was not saved is forgotten. */
    Q_INVOKABLE void cancel();

signals:
    void changed();

private:
    void claim(const QUrl &endpoint, const QList<QByteArray> &pins, const QString &code,
        const QByteArray &expectedKioskKey);
    void fetchNow();
    void opened(const protocol::HandoffContent &sealed);
    void fail(const QString &message);
    void setStep(const QString &step);
    [[nodiscard]] QString answerWords(const HandoffAnswer &answer) const;

    const Clock &m_clock;
    IdGenerator &m_ids;
    std::optional<SyncConfig> m_endpoint;
    BoardController &m_board;
    BoardRepository *m_boards = nullptr;
    GoalRepository *m_goals = nullptr;
    QNetworkAccessManager *m_network = nullptr; // made when she first starts
    std::unique_ptr<HandoffClient> m_client;
    std::optional<HandoffKeyPair> m_keys;
    QByteArray m_kioskKey;
    QString m_code;
    QString m_phoneToken;
    QDeadlineTimer m_deadline;
    QTimer m_fetchTimer;
    int m_unanswered = 0;
    int m_attempt = 0; // a late answer to an abandoned attempt changes nothing
    int m_timeoutMs = 20000;
    QString m_step = QStringLiteral("start");
    QString m_message;
    QString m_checkCode;
    std::optional<HandoffSession> m_session;
    bool m_keepBoard = true;
    QList<bool> m_keepGoals;
    bool m_keepOthers = false;
    QString m_savedText;
};

} // namespace mapje
