#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace mapje {

/** One perspective's fiche on one chosen domain: a face and a wish, never a value. */
class Placement {
public:
    /** Faces, not values: there is no order between them and no number behind them. */
    enum class Feeling {
        Happy, ///< blij
        Sad, ///< verdrietig
        Unsure, ///< weet ik niet
        Unanswered, ///< no face chosen yet: a note or a wish came first
    };

    /** Whether the person still wants something to change here. Unanswered until they say:
     * Mapje never answers for them. */
    enum class WishToChange {
        Yes,
        No,
        NotYet,
        Unanswered,
    };

    /** The Qt Linguist context of the label sources. */
    static constexpr const char *TranslationContext = "Placement";

    /** The note is the person's own words: only surrounding white space is trimmed. */
    explicit Placement(QString perspectiveId, QString domainId, Feeling feeling, WishToChange wish,
        const QString &note = {});

    [[nodiscard]] QString perspectiveId() const { return m_perspectiveId; }
    [[nodiscard]] QString domainId() const { return m_domainId; }
    [[nodiscard]] Feeling feeling() const { return m_feeling; }
    [[nodiscard]] WishToChange wish() const { return m_wish; }
    [[nodiscard]] QString note() const { return m_note; }
    /** Hidden by the citizen: kept, but not shown on the board or in the summary. */
    [[nodiscard]] bool isHidden() const { return m_hidden; }
    /** The person chose a face here themselves. */
    [[nodiscard]] bool hasFeeling() const { return m_feeling != Feeling::Unanswered; }

    void setFeeling(Feeling feeling) { m_feeling = feeling; }
    void setWish(WishToChange wish) { m_wish = wish; }
    void setNote(const QString &note);
    void setHidden(bool hidden) { m_hidden = hidden; }

    /** Stable text keys for storage and sync: "happy", "sad", "unsure", "unanswered". */
    [[nodiscard]] static QString feelingKey(Feeling feeling);
    [[nodiscard]] static std::optional<Feeling> feelingFromKey(QStringView key);
    /** Stable text keys for storage and sync: "yes", "no", "notYet", "unanswered". */
    [[nodiscard]] static QString wishKey(WishToChange wish);
    [[nodiscard]] static std::optional<WishToChange> wishFromKey(QStringView key);
    /** Untranslated B1 labels, for QCoreApplication::translate("Placement", …); an unanswered
     * wish has no words (""). */
    [[nodiscard]] static const char *feelingLabelSource(Feeling feeling);
    [[nodiscard]] static const char *wishLabelSource(WishToChange wish);

    friend bool operator==(const Placement &, const Placement &) = default;

private:
    QString m_perspectiveId;
    QString m_domainId;
    Feeling m_feeling;
    WishToChange m_wish;
    QString m_note;
    bool m_hidden = false;
};

// Feelings are faces, not values: comparing them for order must not compile.
bool operator<(Placement::Feeling, Placement::Feeling) = delete;
bool operator<=(Placement::Feeling, Placement::Feeling) = delete;
bool operator>(Placement::Feeling, Placement::Feeling) = delete;
bool operator>=(Placement::Feeling, Placement::Feeling) = delete;
void operator<=>(Placement::Feeling, Placement::Feeling) = delete;

} // namespace mapje
