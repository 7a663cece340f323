#include "ui/home/notescontroller.h"

#include "storage/keytextstore.h"

namespace mapje {

namespace {
const QString kHomeNote = QStringLiteral("home");
constexpr int kRetryIntervalMs = 5000;
} // namespace

NotesController::NotesController(QObject *parent) : QObject(parent)
{
    m_retry.setInterval(kRetryIntervalMs);
    connect(&m_retry, &QTimer::timeout, this, &NotesController::retry);
}

void NotesController::setStore(NoteStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &NoteStore::hasUnsavedChangesChanged, this, [this] {
            emit unsavedChanged();
            if (unsaved())
                m_retry.start();
            else
                m_retry.stop();
        });
    }
    m_retry.stop();
    emit availableChanged();
    emit textChanged();
    emit unsavedChanged();
}

QString NotesController::text() const
{
    return m_store ? m_store->note(kHomeNote) : QString();
}

bool NotesController::unsaved() const
{
    return m_store && m_store->hasUnsavedChanges();
}

void NotesController::save(const QString &text)
{
    if (!m_store || text == m_store->note(kHomeNote))
        return;
    m_store->save(kHomeNote, text);
}

void NotesController::retry()
{
    if (m_store)
        m_store->retryPendingSaves();
}

} // namespace mapje
