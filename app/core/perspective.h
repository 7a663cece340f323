#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace mapje {

/** Who puts a fiche on the board, so every view stays labelled with who said it. */
class Perspective {
public:
    enum class Kind {
        Citizen, ///< "ik": the person whose board it is; the only one who decides
        Close, ///< partner, mantelzorger, family
        Professional, ///< klantmanager, consulent, wijkwerker
        Peer, ///< ervaringswerker
    };

    /** The Qt Linguist context of kindLabelSource(). */
    static constexpr const char *TranslationContext = "Perspective";

    explicit Perspective(QString id, Kind kind, QString displayName = {});

    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isCitizen() const { return m_kind == Kind::Citizen; }
    /** Optional, e.g. "Sanne, ervaringswerker"; empty when none was given. */
    [[nodiscard]] QString displayName() const { return m_displayName; }
    void setDisplayName(const QString &displayName);

    /** Stable text keys for storage and sync: "citizen", "close", "professional", "peer". */
    [[nodiscard]] static QString kindKey(Kind kind);
    [[nodiscard]] static std::optional<Kind> kindFromKey(QStringView key);
    /** Untranslated B1 label of a kind ("Ik", …), for translate("Perspective", …). */
    [[nodiscard]] static const char *kindLabelSource(Kind kind);

    friend bool operator==(const Perspective &, const Perspective &) = default;

private:
    QString m_id;
    Kind m_kind;
    QString m_displayName;
};

} // namespace mapje
