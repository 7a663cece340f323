#pragma once

#include "core/contenttext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mapje {

/** One leefgebied of the board; its slug id never changes, so stored and synced data stay valid. */
class LifeDomain {
public:
    /** Linguist context of all texts: QCoreApplication::translate(TranslationContext, source). */
    static constexpr const char *TranslationContext = "LifeDomain";

    /** Texts are static QT_TRANSLATE_NOOP source literals that outlive the domain. */
    explicit LifeDomain(
        QString id, const char *name, const char *explanation, QList<const char *> questions);
    /** Texts as the data file (app/core/content/lifedomains.json) gives them. */
    explicit LifeDomain(
        QString id, ContentText name, ContentText explanation, QList<ContentText> questions);

    /** The stable slug, e.g. "money". */
    [[nodiscard]] QString id() const { return m_id; }
    /** The icon name; the same as the id, so assets are found without a second list. */
    [[nodiscard]] QString icon() const { return m_id; }

    /** Untranslated B1 Dutch source texts, for QCoreApplication::translate("LifeDomain", …). */
    [[nodiscard]] const char *nameSource() const { return m_name.source.constData(); }
    [[nodiscard]] const char *explanationSource() const { return m_explanation.source.constData(); }
    [[nodiscard]] QList<const char *> questionSources() const;

    /** The same texts in the current language (the source text when no translation is loaded). */
    [[nodiscard]] QString name() const;
    [[nodiscard]] QString explanation() const;
    [[nodiscard]] QStringList questions() const;

private:
    QString m_id;
    ContentText m_name;
    ContentText m_explanation;
    QList<ContentText> m_questions;
};

} // namespace mapje
