#pragma once

#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "ui/shared/listrows.h"

namespace mapje {

/**
 * Something to pick for the open appointment: a suggested question, or a standard document that is
 * not on the checklist. Picking one takes it off this list; its key is the catalogue key.
 */
class SuggestionsModel : public ListRows {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from Appointments.suggestions or Appointments.documentSuggestions")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TextRole,
        ExplanationRole,
    };
    Q_ENUM(Role)

    /** One suggestion, in the current language. */
    struct Suggestion {
        QString key;
        QString text;
        QString explanation;

        friend bool operator==(const Suggestion &, const Suggestion &) = default;
    };

    explicit SuggestionsModel(QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }

    /** Shows these suggestions; one picked or put back changes only its row. */
    void setSuggestions(QList<Suggestion> suggestions);

signals:
    void countChanged();

private:
    QList<Suggestion> m_suggestions;
};

} // namespace mapje
