#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

#include "core/checkin.h"

namespace mapje {

class Clock;

/** The agreed moments, soonest first, in words on the citizen's wall clock. */
class CheckInsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from CheckIns.list")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        WhenTextRole,
        WithWhomRole,
        WhereRole,
        RemindRole,
        HasPassedRole,
        IsCompletedRole,
        WhatChangedRole,
    };
    Q_ENUM(Role)

    CheckInsModel(const Clock &clock, QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }

    void setCheckIns(QList<CheckIn> checkIns, const QTimeZone &zone);
    /** The clock moved or the language changed: every row re-reads its words. */
    void refreshWords();

signals:
    void countChanged();

private:
    const Clock &m_clock;
    QList<CheckIn> m_checkIns;
    QTimeZone m_zone;
};

} // namespace mapje
