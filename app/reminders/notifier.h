#pragma once

#include <QString>

namespace mapje {

/** Shows a reminder outside the app's window, where the platform has a way to. */
class Notifier {
public:
    virtual ~Notifier() = default;
    /** Whether notifications can be shown now (a notification service is there). */
    [[nodiscard]] virtual bool isAvailable() const = 0;
    /** Shows (or replaces the earlier one of the same key); false when it could not. */
    virtual bool show(const QString &key, const QString &title, const QString &body) = 0;
    /** Takes a shown notification away again, e.g. when the citizen put the reminder away. */
    virtual void withdraw(const QString &key) = 0;
};

} // namespace mapje
