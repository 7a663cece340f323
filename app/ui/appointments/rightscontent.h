#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

namespace mapje {

/**
 * The rights page's texts (RightsText, from app/core/content/rights.json) for QML: its
 * title and its blocks in page order, each as its Dutch source in the Linguist context. The page
 * translates them with qsTranslate, so they follow a new language as its own texts do. Holds
 * nothing that changes, so the QML engine makes it; the composition root has nothing to wire.
 */
class RightsContent : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Rights)
    QML_SINGLETON
    Q_PROPERTY(QString context READ context CONSTANT)
    /** { source, disambiguation } */
    Q_PROPERTY(QVariantMap title READ title CONSTANT)
    /** Each { kind: "heading" | "paragraph" | "item" | "law", right, source, disambiguation,
     * links }: right is the key of the right a heading or law belongs to; links says whether a
     * paragraph's hard words link to their explanation. */
    Q_PROPERTY(QVariantList blocks READ blocks CONSTANT)

public:
    explicit RightsContent(QObject *parent = nullptr);

    [[nodiscard]] static QString context();
    [[nodiscard]] static QVariantMap title();
    [[nodiscard]] static QVariantList blocks();
};

} // namespace mapje
