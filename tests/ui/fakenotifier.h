#pragma once

#include "reminders/notifier.h"

#include <QList>
#include <QString>

/** Records what would have been shown on the desktop, for tests of the reminders. */
class FakeNotifier : public mapje::Notifier {
public:
    struct Shown {
        QString key;
        QString title;
        QString body;
    };

    [[nodiscard]] bool isAvailable() const override { return available; }
    bool show(const QString &key, const QString &title, const QString &body) override
    {
        if (!available)
            return false;
        shown.append({key, title, body});
        return true;
    }
    void withdraw(const QString &key) override { withdrawn.append(key); }

    bool available = true;
    QList<Shown> shown;
    QStringList withdrawn;
};
