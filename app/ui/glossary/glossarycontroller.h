#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

#include "ui/glossary/glossarymodel.h"

namespace mapje {

/**
 * The hard words of the pages and their explanations: the list to search, one entry to show, and
 * texts with each hard word turned into a link to its explanation.
 */
class GlossaryController : public QObject {
    Q_OBJECT
    Q_PROPERTY(mapje::GlossaryModel *entries READ entries CONSTANT)
    Q_PROPERTY(int revision READ revision NOTIFY retranslated)

public:
    explicit GlossaryController(QObject *parent);

    [[nodiscard]] GlossaryModel *entries() const { return m_entries; }
    /** Goes up with every language change, so a binding that asks entry() follows the language. */
    [[nodiscard]] int revision() const { return m_revision; }

    /** One word for the explanation page: { key, word, explanation, meaning, whereToGo }; empty
     * when the id is unknown. */
    Q_INVOKABLE QVariantMap entry(const QString &id) const;
    /**
     * Styled text in which the first whole-word occurrence of each glossary word is a link
     * "mapje:glossary/<id>"; everything else is HTML-escaped. exceptId leaves one entry out.
     */
    Q_INVOKABLE QString linkify(const QString &text, const QString &exceptId = {}) const;
    /** The same words as linkify() links, in order, as { key, word } with the word as written,
     * so a page can also offer each one as a button that Tab reaches. */
    Q_INVOKABLE QVariantList terms(const QString &text, const QString &exceptId = {}) const;

    /** The language changed: every text and the order of the list change. */
    void retranslate();

signals:
    void retranslated();

private:
    GlossaryModel *m_entries;
    int m_revision = 0;
};

} // namespace mapje
