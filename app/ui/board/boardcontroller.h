#pragma once

#include <QDate>
#include <QObject>
#include <optional>

#include "core/board.h"
#include "core/boardundostack.h"
#include "ui/board/boardhistorymodel.h"
#include "ui/board/chosendomainsmodel.h"
#include "ui/board/domaintilesmodel.h"
#include "ui/board/perspectivesmodel.h"
#include "ui/shared/saveretry.h"

namespace mapje {

class BoardRepository;
class Clock;
class IdGenerator;

/**
 * The board of this conversation for the pages: choose domains, place fiches, order, undo and
 * redo. Every change goes through the domain rules, is saved at once, and a refusal gets kind
 * words.
 */
class BoardController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool hasBoard READ hasBoard NOTIFY boardChanged)
    Q_PROPERTY(QString boardId READ boardId NOTIFY boardChanged)
    Q_PROPERTY(QString dateText READ dateText NOTIFY boardChanged)
    Q_PROPERTY(QString citizenId READ citizenId NOTIFY boardChanged)
    Q_PROPERTY(bool isToday READ isToday NOTIFY boardChanged)
    Q_PROPERTY(QString chosenNames READ chosenNames NOTIFY chosenChanged)
    Q_PROPERTY(QStringList chosenKeys READ chosenKeys NOTIFY chosenChanged)
    Q_PROPERTY(int revision READ revision NOTIFY chosenChanged)
    /** The step home offers first: "chooseDomains", "feelings" or "goals" ("" without a board). */
    Q_PROPERTY(QString nextStep READ nextStep NOTIFY chosenChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoChanged)
    Q_PROPERTY(bool unsaved READ unsaved NOTIFY unsavedChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(mapje::DomainTilesModel *tiles READ tiles CONSTANT)
    Q_PROPERTY(mapje::ChosenDomainsModel *chosen READ chosen CONSTANT)
    Q_PROPERTY(mapje::PerspectivesModel *perspectives READ perspectives CONSTANT)
    Q_PROPERTY(mapje::BoardHistoryModel *history READ history CONSTANT)

public:
    explicit BoardController(const Clock &clock, IdGenerator &ids, QObject *parent);
    ~BoardController() override;

    /** Connected when the vault opens (loads the newest board), nullptr before it closes. */
    void setRepository(BoardRepository *repository);
    void setRetryInterval(int milliseconds) { m_saveRetry->setInterval(milliseconds); }

    [[nodiscard]] bool hasBoard() const { return m_board.has_value(); }
    [[nodiscard]] QString boardId() const { return m_board ? m_board->id() : QString(); }
    [[nodiscard]] QString dateText() const;
    [[nodiscard]] QString citizenId() const { return m_board ? m_board->citizenId() : QString(); }
    [[nodiscard]] bool isToday() const;
    /** The chosen domains in words, in the citizen's order: "Geld, Wonen en Werk". */
    [[nodiscard]] QString chosenNames() const;
    [[nodiscard]] QStringList chosenKeys() const
    {
        return m_board ? m_board->chosenDomains() : QStringList();
    }
    /** Goes up with every change, so a binding that asks fiche() can follow the board. */
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] QString nextStep() const;
    [[nodiscard]] bool canUndo() const { return m_undo.canUndo(); }
    [[nodiscard]] bool canRedo() const { return m_undo.canRedo(); }
    [[nodiscard]] bool unsaved() const;
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] DomainTilesModel *tiles() const { return m_tiles; }
    [[nodiscard]] ChosenDomainsModel *chosen() const { return m_chosen; }
    [[nodiscard]] PerspectivesModel *perspectives() const { return m_perspectives; }
    [[nodiscard]] BoardHistoryModel *history() const { return m_history; }
    /** For tests and the composition: the board as it is now. */
    [[nodiscard]] const std::optional<Board> &board() const { return m_board; }

    /** The name of one domain in the current language. */
    Q_INVOKABLE QString domainName(const QString &domainId) const;
    /** Whether the citizen chose this domain; bind through revision to follow changes. */
    Q_INVOKABLE bool isChosen(const QString &domainId) const;
    /** Everything "Wat betekent dit?" shows: name, explanation, questions, help places, icon. */
    Q_INVOKABLE QVariantMap domainInfo(const QString &domainId) const;

    /** A new board for today: empty, or a copy of the newest one to build on. */
    Q_INVOKABLE void startNewBoard(bool fromPrevious);
    /** Opens an earlier board to look at or change. */
    Q_INVOKABLE void openBoard(const QString &boardId);

    /** Tap, drag or Space on a tile: choose it, or take it off the board. */
    Q_INVOKABLE void toggleDomain(const QString &domainId);
    Q_INVOKABLE void chooseDomain(const QString &domainId);
    Q_INVOKABLE void unchooseDomain(const QString &domainId);

    /** A face: "happy", "sad" or "unsure". The wish stays as it was (unanswered on a new fiche). */
    Q_INVOKABLE void setFeeling(
        const QString &perspectiveId, const QString &domainId, const QString &feeling);
    /** "yes", "no" or "notYet"; "unanswered" takes the answer back. */
    Q_INVOKABLE void setWish(
        const QString &perspectiveId, const QString &domainId, const QString &wish);
    /** The person's own words; typing one note is one undo step. */
    Q_INVOKABLE void setNote(
        const QString &perspectiveId, const QString &domainId, const QString &note);
    /** The fiche of one person on one domain as a map (see FicheDescriber), or empty. */
    Q_INVOKABLE QVariantMap fiche(const QString &perspectiveId, const QString &domainId) const;

    /** Adds a partner ("close"), a "professional" or a "peer"; returns the new id, or "". */
    Q_INVOKABLE QString addPerspective(const QString &kind, const QString &displayName);
    Q_INVOKABLE void removePerspective(const QString &perspectiveId);
    Q_INVOKABLE void setFicheHidden(
        const QString &perspectiveId, const QString &domainId, bool hidden);
    Q_INVOKABLE void removeFiche(const QString &perspectiveId, const QString &domainId);
    /** The citizen says a fiche is someone else's; false when that person has one there. */
    Q_INVOKABLE bool changeFichePerson(
        const QString &fromPerspectiveId, const QString &toPerspectiveId, const QString &domainId);

    /** Order moves return the words a screen reader says: "Geld staat nu op plaats 2 van 4." */
    Q_INVOKABLE QString moveUp(const QString &domainId);
    Q_INVOKABLE QString moveDown(const QString &domainId);
    Q_INVOKABLE QString moveTo(const QString &domainId, int newIndex);

    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    Q_INVOKABLE void clearNotice();
    /** The language changed: every model re-reads its words. */
    void retranslate();

signals:
    void boardChanged();
    void chosenChanged();
    void undoChanged();
    void unsavedChanged();
    void noticeChanged();

private:
    using Change = std::function<Board::Result(Board &)>;
    /** Runs one change through the rules; on Ok records undo, saves and refreshes the views. */
    bool apply(const Change &change, const QString &mergeKey = {});
    void show(const std::optional<Board> &board);
    void save();
    void reloadHistory();
    void setNotice(const QString &notice);
    [[nodiscard]] QString refusal(Board::Result result) const;
    [[nodiscard]] QString placeAnnouncement(const QString &domainId) const;
    [[nodiscard]] Placement placementOrNew(
        const QString &perspectiveId, const QString &domainId) const;

    const Clock &m_clock;
    IdGenerator &m_ids;
    BoardRepository *m_repository = nullptr;
    std::optional<Board> m_board;
    BoardUndoStack m_undo;
    QString m_notice;
    int m_revision = 0;
    SaveRetry *m_saveRetry = new SaveRetry(this);
    DomainTilesModel *m_tiles;
    ChosenDomainsModel *m_chosen;
    PerspectivesModel *m_perspectives;
    BoardHistoryModel *m_history;
};

} // namespace mapje
