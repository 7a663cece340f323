#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace mapje {

/**
 * While a store holds changes the disk refused (full, read-only), tries to write them again every
 * few seconds, and says when "unsaved" changes, so a page can show its calm notice.
 */
class SaveRetry : public QObject {
    Q_OBJECT

public:
    explicit SaveRetry(QObject *parent);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

    /** Follows this store (nullptr: none); Store has hasUnsavedChangesChanged(bool) and
     * retryPendingSaves(). */
    template<typename Store> void follow(Store *store)
    {
        if (m_store)
            disconnect(m_store, nullptr, this, nullptr);
        m_timer.stop();
        m_store = store;
        m_retry = nullptr;
        if (store) {
            m_retry = [store] { store->retryPendingSaves(); };
            connect(store, &Store::hasUnsavedChangesChanged, this, &SaveRetry::onUnsavedChanged);
        }
    }

signals:
    void unsavedChanged();

private:
    void onUnsavedChanged(bool unsaved);

    QPointer<QObject> m_store;
    std::function<void()> m_retry;
    QTimer m_timer;
};

} // namespace mapje
