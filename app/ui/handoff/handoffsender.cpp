#include "ui/handoff/handoffsender.h"

#include "core/handoff/handofflink.h"
#include "handoff/client/handoffclient.h"
#include "handoff/crypto/handoffcheckcode.h"
#include "handoff/crypto/handoffseal.h"
#include "ui/kiosk/kioskcontroller.h"

#include <QNetworkAccessManager>

namespace mapje {

namespace {

/** Unanswered looks in a row before the visitor is told the connection is gone. */
constexpr int UnansweredLimit = 4;

} // namespace

HandoffSender::HandoffSender(const KioskController &kiosk, QObject *parent)
    : QObject(parent), m_kiosk(kiosk)
{
    m_lookTimer.setSingleShot(true);
    connect(&m_lookTimer, &QTimer::timeout, this, &HandoffSender::look);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &HandoffSender::tick);
}

HandoffSender::~HandoffSender()
{
    stop();
}

bool HandoffSender::available() const
{
    return m_kiosk.active() && m_kiosk.handOffAvailable();
}

QString HandoffSender::codeGroups() const
{
    QString plain = m_code;
    plain.remove(QLatin1Char('-'));
    QStringList groups;
    for (qsizetype at = 0; at < plain.size(); at += 4)
        groups.append(plain.mid(at, 4));
    return groups.join(QLatin1Char(' '));
}

int HandoffSender::secondsLeft() const
{
    if (m_step != QLatin1String("code") && m_step != QLatin1String("check"))
        return 0;
    return int((m_deadline.remainingTime() + 999) / 1000);
}

void HandoffSender::begin()
{
    if (!available())
        return;
    stop();
    m_engaged = true;
    if (!m_source || m_source().isEmpty()) {
        m_message = tr("Er is nog niets om mee te nemen. Kies eerst je leefgebieden of schrijf een "
                       "doel.");
        emit changed();
        return;
    }
    const KioskConfig &config = m_kiosk.config();
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_client = std::make_unique<HandoffClient>(m_network, config.endpoint->endpoint);
    m_client->setKioskToken(config.kioskToken);
    m_client->setPinnedKeys(config.endpoint->pinnedKeys);
    m_client->setTimeout(m_timeoutMs);
    m_keys.emplace(HandoffKeyPair::generate());
    if (m_keys->isNull()) {
        fail(tr("Meenemen lukt nu niet op deze zuil. Je kunt je mapje wel printen."));
        return;
    }
    m_message.clear();
    setStep(QStringLiteral("opening"));
    const int attempt = m_attempt;
    m_client->openMailbox(m_keys->publicKey(), HandoffClient::newIdempotencyKey(),
        [this, attempt](
            const HandoffAnswer &answer, const std::optional<protocol::NewHandoff> &box) {
            if (attempt != m_attempt)
                return;
            if (answer.outcome != HandoffAnswer::Outcome::Done || !box) {
                fail(answerWords(answer));
                return;
            }
            m_code = box->code;
            m_link = HandoffLink {m_kiosk.config().endpoint->endpoint, m_code, m_keys->publicKey()}
                         .toText();
            // Until the mailbox expires by the endpoint's clock; never longer than it could be.
            const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(box->expiresAt);
            m_deadline.setRemainingTime(std::clamp<qint64>(left, 1000, 10 * 60 * 1000));
            m_countdown.start();
            setStep(QStringLiteral("code"));
            emit secondsLeftChanged();
            m_lookTimer.start(m_pollMs);
        });
}

void HandoffSender::look()
{
    if (!m_client || m_step != QLatin1String("code"))
        return;
    const int attempt = m_attempt;
    m_client->readMailbox(m_code,
        [this, attempt](
            const HandoffAnswer &answer, const std::optional<protocol::HandoffState> &state) {
            if (attempt != m_attempt)
                return;
            using Outcome = HandoffAnswer::Outcome;
            if (answer.outcome == Outcome::Done && state
                && state->stage == protocol::HandoffState::Stage::PhoneClaimed) {
                m_phoneKey = state->phoneKey;
                m_checkCode = HandoffCheckCode::of(m_keys->publicKey(), m_phoneKey);
                m_uploadKey = HandoffClient::newIdempotencyKey();
                setStep(QStringLiteral("check"));
                return;
            }
            m_unanswered = answer.outcome == Outcome::NoAnswer ? m_unanswered + 1 : 0;
            const bool wait = answer.outcome == Outcome::Done || answer.outcome == Outcome::TooMany
                || (answer.outcome == Outcome::NoAnswer && m_unanswered < UnansweredLimit);
            if (!wait) {
                fail(answerWords(answer));
                return;
            }
            m_lookTimer.start(std::max(m_pollMs, answer.retryAfterSeconds * 1000));
        });
}

void HandoffSender::tick()
{
    emit secondsLeftChanged();
    if (!m_deadline.hasExpired())
        return;
    // The endpoint has deleted the mailbox by now; nothing to end.
    m_client.reset();
    fail(tr("De tijd is om. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ "
            "voor een nieuwe code."));
}

void HandoffSender::confirmSame()
{
    if (!m_client || (m_step != QLatin1String("check")))
        return;
    const HandoffSession session = m_source ? m_source() : HandoffSession();
    const auto sealed = HandoffSeal::seal(*m_keys, m_phoneKey, m_code, session.encode());
    if (!sealed) {
        fail(tr("Meenemen lukt nu niet op deze zuil. Je kunt je mapje wel printen."));
        return;
    }
    m_message.clear();
    setStep(QStringLiteral("sending"));
    const int attempt = m_attempt;
    m_client->upload(m_code, *sealed, m_uploadKey, [this, attempt](const HandoffAnswer &answer) {
        if (attempt != m_attempt)
            return;
        using Outcome = HandoffAnswer::Outcome;
        // Taken: an earlier try of this same send arrived after all.
        if (answer.outcome == Outcome::Done || answer.outcome == Outcome::Taken) {
            m_countdown.stop();
            m_client.reset();
            m_keys.reset();
            setStep(QStringLiteral("sent"));
            return;
        }
        if (answer.outcome == Outcome::NoAnswer || answer.outcome == Outcome::TooMany) {
            // Still the same phone and code: "Ja" again sends with the same key.
            m_message = tr("Versturen lukte niet. Er is nu geen verbinding. Probeer het opnieuw.");
            setStep(QStringLiteral("check"));
            return;
        }
        fail(answerWords(answer));
    });
}

void HandoffSender::rejectDifferent()
{
    if (m_step != QLatin1String("check"))
        return;
    endMailbox();
    fail(tr("De codes waren niet hetzelfde. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar "
            "je telefoon’ voor een nieuwe code."));
}

void HandoffSender::stop()
{
    if (m_step != QLatin1String("sent"))
        endMailbox();
    reset();
    m_message.clear();
    m_engaged = false;
    setStep(QStringLiteral("start"));
}

void HandoffSender::endMailbox()
{
    if (!m_client || m_code.isEmpty())
        return;
    // Ended on its own time: the client lives until the endpoint answered (or not).
    HandoffClient *client = m_client.release();
    client->setParent(this);
    client->endMailbox(m_code, HandoffClient::newIdempotencyKey(),
        [client](const HandoffAnswer &) { client->deleteLater(); });
}

void HandoffSender::fail(const QString &message)
{
    endMailbox();
    reset();
    m_message = message;
    setStep(QStringLiteral("start"));
}

void HandoffSender::reset()
{
    ++m_attempt;
    m_lookTimer.stop();
    m_countdown.stop();
    m_client.reset();
    m_keys.reset();
    m_phoneKey.clear();
    m_code.clear();
    m_link.clear();
    m_checkCode.clear();
    m_uploadKey.clear();
    m_unanswered = 0;
}

void HandoffSender::setStep(const QString &step)
{
    m_step = step;
    emit changed();
    emit secondsLeftChanged();
}

QString HandoffSender::answerWords(const HandoffAnswer &answer) const
{
    using Outcome = HandoffAnswer::Outcome;
    switch (answer.outcome) {
    case Outcome::Gone:
        return tr("De tijd is om, of de code werkt niet meer. Er is niets verstuurd. Tik opnieuw "
                  "op ‘Meenemen naar je telefoon’ voor een nieuwe code.");
    case Outcome::Taken:
        return tr("Een andere telefoon gebruikte deze code al. Er is niets verstuurd. Tik opnieuw "
                  "op ‘Meenemen naar je telefoon’ voor een nieuwe code.");
    case Outcome::NoAnswer:
    case Outcome::TooMany:
        return tr("Er is nu geen verbinding met de gemeente. Er is niets verstuurd. Probeer het "
                  "zo opnieuw, of print je mapje.");
    case Outcome::Done:
    case Outcome::NotYet:
    case Outcome::Refused:
        break;
    }
    return tr("Meenemen lukt nu niet op deze zuil. Je kunt je mapje wel printen.");
}

} // namespace mapje
