#include "ui/handoff/handoffreceiver.h"

#include "core/clock.h"
#include "handoff/client/handoffclient.h"
#include "handoff/crypto/handoffcheckcode.h"
#include "handoff/crypto/handoffseal.h"
#include "storage/boardrepository.h"
#include "storage/goalrepository.h"
#include "sync/protocol/readablecode.h"
#include "ui/board/boardcontroller.h"
#include "ui/handoff/handoffimport.h"
#include "ui/sync/sharecomposer.h"

#include <QNetworkAccessManager>

namespace mapje {

namespace {

/** How long the phone waits for the kiosk when the endpoint names no time. */
constexpr int FetchIntervalMs = 1500;
/** Unanswered fetches in a row before she is told the connection is gone. */
constexpr int UnansweredLimit = 4;
const QString BoardKey = QStringLiteral("board");
const QString GoalPrefix = QStringLiteral("goal:");

} // namespace

HandoffReceiver::HandoffReceiver(const Clock &clock, IdGenerator &ids,
    std::optional<SyncConfig> endpoint, BoardController &board, QObject *parent)
    : QObject(parent), m_clock(clock), m_ids(ids), m_endpoint(std::move(endpoint)), m_board(board)
{
    m_fetchTimer.setSingleShot(true);
    connect(&m_fetchTimer, &QTimer::timeout, this, &HandoffReceiver::fetchNow);
}

HandoffReceiver::~HandoffReceiver() = default;

void HandoffReceiver::setStores(BoardRepository *boards, GoalRepository *goals)
{
    m_boards = boards;
    m_goals = goals;
    if (!boards)
        cancel(); // the vault closes: what came and was not kept goes with it
}

void HandoffReceiver::receiveCode(const QString &typed)
{
    if (!m_endpoint)
        return;
    if (protocol::ReadableCode::normalised(typed).isEmpty()) {
        fail(tr("Deze code klopt niet. Kijk nog eens op het scherm van de zuil."));
        return;
    }
    claim(m_endpoint->endpoint, m_endpoint->pinnedKeys, typed, {});
}

bool HandoffReceiver::receiveScanned(const QString &text)
{
    const std::optional<HandoffLink> link = HandoffLink::fromText(text);
    if (!link) {
        fail(tr("Dit is geen code van een zuil van Mapje."));
        return false;
    }
    // The municipality's own pins hold when the code names the endpoint this Mapje knows.
    const bool known = m_endpoint && m_endpoint->endpoint == link->endpoint;
    claim(link->endpoint, known ? m_endpoint->pinnedKeys : QList<QByteArray>(), link->code,
        link->kioskKey);
    return true;
}

void HandoffReceiver::claim(const QUrl &endpoint, const QList<QByteArray> &pins,
    const QString &code, const QByteArray &expectedKioskKey)
{
    cancel();
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_client = std::make_unique<HandoffClient>(m_network, endpoint);
    m_client->setPinnedKeys(pins);
    m_client->setTimeout(m_timeoutMs);
    m_keys.emplace(HandoffKeyPair::generate());
    if (m_keys->isNull()) {
        fail(tr("Dit lukt niet op dit apparaat. Er is niets opgehaald."));
        return;
    }
    m_code = code;
    setStep(QStringLiteral("claiming"));
    const int attempt = m_attempt;
    m_client->claim(code, m_keys->publicKey(), HandoffClient::newIdempotencyKey(),
        [this, attempt, expectedKioskKey](
            const HandoffAnswer &answer, const std::optional<protocol::ClaimedHandoff> &claimed) {
            if (attempt != m_attempt)
                return;
            if (answer.outcome != HandoffAnswer::Outcome::Done || !claimed) {
                fail(answerWords(answer));
                return;
            }
            // The QR code named the kiosk's key: another key means someone is in between.
            if (!expectedKioskKey.isEmpty() && claimed->kioskKey != expectedKioskKey) {
                fail(tr("Deze code hoort niet bij de zuil die je scande. Er is niets opgehaald. "
                        "Vraag op de zuil een nieuwe code."));
                return;
            }
            m_kioskKey = claimed->kioskKey;
            m_phoneToken = claimed->phoneToken;
            m_checkCode = HandoffCheckCode::of(m_kioskKey, m_keys->publicKey());
            // Until the mailbox expires, at most; the endpoint's clock decides, ours only waits.
            const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(claimed->expiresAt);
            m_deadline.setRemainingTime(std::clamp<qint64>(left, 1000, 10 * 60 * 1000));
            setStep(QStringLiteral("waiting"));
            m_fetchTimer.start(FetchIntervalMs);
        });
}

void HandoffReceiver::fetchNow()
{
    if (!m_client || m_step != QLatin1String("waiting"))
        return;
    if (m_deadline.hasExpired()) {
        fail(tr("De tijd is om. Er is niets opgehaald. Kies op de zuil opnieuw "
                "‘Meenemen naar je telefoon’."));
        return;
    }
    const int attempt = m_attempt;
    m_client->fetch(m_code, m_phoneToken.toUtf8(),
        [this, attempt](
            const HandoffAnswer &answer, const std::optional<protocol::HandoffContent> &sealed) {
            if (attempt != m_attempt)
                return;
            using Outcome = HandoffAnswer::Outcome;
            if (answer.outcome == Outcome::Done && sealed) {
                opened(*sealed);
                return;
            }
            m_unanswered = answer.outcome == Outcome::NoAnswer ? m_unanswered + 1 : 0;
            const bool wait = answer.outcome == Outcome::NotYet
                || answer.outcome == Outcome::TooMany
                || (answer.outcome == Outcome::NoAnswer && m_unanswered < UnansweredLimit);
            if (!wait) {
                fail(answerWords(answer));
                return;
            }
            m_fetchTimer.start(std::max(FetchIntervalMs, answer.retryAfterSeconds * 1000));
        });
}

void HandoffReceiver::opened(const protocol::HandoffContent &sealed)
{
    const std::optional<QByteArray> plaintext
        = HandoffSeal::open(*m_keys, m_kioskKey, m_code, sealed);
    // Both: the sealed bytes were changed on the way, or the kiosk sent something that is not a
    // session. Nothing of it is shown or kept.
    const auto session = plaintext ? HandoffSession::decode(*plaintext)
                                   : protocol::Decoded<HandoffSession>(protocol::ProtocolError {});
    m_client.reset();
    m_keys.reset();
    if (!session.ok() || session.value().isEmpty()) {
        fail(tr("Wat er aankwam, kan Mapje niet goed lezen. Er is niets bewaard. "
                "Begin op de zuil opnieuw."));
        return;
    }
    m_session = session.value();
    // What she took along deliberately is ticked: she sees each thing and can untick it, and
    // nothing is kept before "Bewaar". Others' words are not: as when sharing, they go along
    // only when she switches them on.
    m_keepBoard = m_session->board.has_value();
    m_keepGoals = QList<bool>(m_session->goals.size(), true);
    m_keepOthers = false;
    setStep(QStringLiteral("preview"));
}

QVariantList HandoffReceiver::items() const
{
    QVariantList list;
    if (!m_session)
        return list;
    if (m_session->board) {
        // The words come from the records she would keep, as the share preview makes them.
        const Board board = HandoffImport::board(*m_session->board, true, m_ids);
        QStringList lines = ShareComposer::board(board, m_keepOthers).lines;
        list.append(QVariantMap {{QStringLiteral("key"), BoardKey},
            {QStringLiteral("title"), tr("Je bord")}, {QStringLiteral("lines"), lines},
            {QStringLiteral("keep"), m_keepBoard}});
    }
    for (qsizetype i = 0; i < m_session->goals.size(); ++i) {
        const auto goal = HandoffImport::goal(m_session->goals.at(i), m_clock.now(), m_ids);
        if (!goal)
            continue;
        list.append(QVariantMap {{QStringLiteral("key"), GoalPrefix + QString::number(i)},
            //: A goal that came from the kiosk; %1 is the goal in her own words.
            {QStringLiteral("title"), tr("Doel: %1").arg(goal->ownWords())},
            {QStringLiteral("lines"), ShareComposer::goal(*goal).lines},
            {QStringLiteral("keep"), m_keepGoals.value(i)}});
    }
    return list;
}

bool HandoffReceiver::hasOthers() const
{
    if (!m_session || !m_session->board)
        return false;
    for (const protocol::SharedDomain &domain : m_session->board->domains) {
        for (const protocol::SharedFiche &fiche : domain.fiches) {
            if (fiche.role != QLatin1String("ik"))
                return true;
        }
    }
    return false;
}

bool HandoffReceiver::asksAboutBoard() const
{
    return m_session && m_session->board && m_keepBoard && m_board.hasBoard();
}

bool HandoffReceiver::keepsSomething() const
{
    return (m_session && m_session->board && m_keepBoard) || m_keepGoals.contains(true);
}

void HandoffReceiver::setKeep(const QString &key, bool keep)
{
    if (key == BoardKey)
        m_keepBoard = keep;
    else if (key.startsWith(GoalPrefix)) {
        const qsizetype index = key.mid(GoalPrefix.size()).toLongLong();
        if (index >= 0 && index < m_keepGoals.size())
            m_keepGoals[index] = keep;
    }
    emit changed();
}

void HandoffReceiver::setKeepOthers(bool keep)
{
    m_keepOthers = keep;
    emit changed();
}

void HandoffReceiver::save(bool replaceBoard)
{
    if (!m_session || !m_boards || !m_goals)
        return;
    bool boardKept = false;
    if (m_session->board && m_keepBoard && (replaceBoard || !m_board.hasBoard())) {
        const Board board = HandoffImport::board(*m_session->board, m_keepOthers, m_ids);
        m_boards->save(board);
        // The board page shows the new board; hers stays among the earlier boards.
        m_board.setRepository(m_boards);
        m_board.openBoard(board.id());
        boardKept = true;
    }
    int goals = 0;
    for (qsizetype i = 0; i < m_session->goals.size(); ++i) {
        if (!m_keepGoals.value(i))
            continue;
        if (const auto goal = HandoffImport::goal(m_session->goals.at(i), m_clock.now(), m_ids)) {
            m_goals->save(*goal);
            ++goals;
        }
    }
    if (boardKept && goals > 0)
        m_savedText = tr("Bewaard in je Mapje: je bord en %n doel(en).", nullptr, goals);
    else if (boardKept)
        m_savedText = tr("Bewaard in je Mapje: je bord.");
    else if (goals > 0)
        m_savedText = tr("Bewaard in je Mapje: %n doel(en).", nullptr, goals);
    else
        m_savedText = tr("Je hebt niets bewaard.");
    m_session.reset();
    m_keepGoals.clear();
    setStep(QStringLiteral("saved"));
}

void HandoffReceiver::cancel()
{
    ++m_attempt;
    m_fetchTimer.stop();
    m_client.reset();
    m_keys.reset();
    m_session.reset();
    m_keepGoals.clear();
    m_kioskKey.clear();
    m_phoneToken.clear();
    m_code.clear();
    m_checkCode.clear();
    m_message.clear();
    m_savedText.clear();
    m_unanswered = 0;
    setStep(QStringLiteral("start"));
}

void HandoffReceiver::fail(const QString &message)
{
    const QString kept = message;
    cancel();
    m_message = kept;
    emit changed();
}

void HandoffReceiver::setStep(const QString &step)
{
    m_step = step;
    emit changed();
}

QString HandoffReceiver::answerWords(const HandoffAnswer &answer) const
{
    using Outcome = HandoffAnswer::Outcome;
    switch (answer.outcome) {
    case Outcome::Gone:
        return tr("Deze code werkt niet meer: de tijd is om, of de zuil is gestopt. Er is niets "
                  "opgehaald. Vraag op de zuil een nieuwe code.");
    case Outcome::Taken:
        return tr("Een andere telefoon gebruikte deze code al. Er is niets opgehaald. Kies op de "
                  "zuil opnieuw ‘Meenemen naar je telefoon’.");
    case Outcome::TooMany:
        return tr("Er zijn te veel codes geprobeerd. Wacht een kwartier en probeer het dan "
                  "opnieuw.");
    case Outcome::NoAnswer:
        return tr("Er is nu geen verbinding. Kijk of je internet aan staat en probeer het "
                  "opnieuw. Er is niets opgehaald.");
    case Outcome::Done:
    case Outcome::NotYet:
    case Outcome::Refused:
        break;
    }
    return tr("Dit lukt nu niet. Er is niets opgehaald. Vraag op de zuil een nieuwe code.");
}

} // namespace mapje
