#pragma once

#include <QObject>
#include <QTimer>

namespace mapje {

class NoteStore;

/** The home page's notepad: every change saved at once; when saving fails the text stays and is
 * retried. */
class NotesController : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString text READ text NOTIFY textChanged)
    Q_PROPERTY(bool unsaved READ unsaved NOTIFY unsavedChanged)
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)

public:
    explicit NotesController(QObject *parent);

    /** Connected when the vault opens, cleared (nullptr) before it closes. */
    void setStore(NoteStore *store);
    /** How often a failed save is tried again; tests make it short. */
    void setRetryInterval(int milliseconds) { m_retry.setInterval(milliseconds); }

    [[nodiscard]] QString text() const;
    [[nodiscard]] bool unsaved() const;
    [[nodiscard]] bool available() const { return m_store != nullptr; }

    /** Saves the notepad text now; called on every edit. */
    Q_INVOKABLE void save(const QString &text);

signals:
    void textChanged();
    void unsavedChanged();
    void availableChanged();

private:
    void retry();

    NoteStore *m_store = nullptr;
    QTimer m_retry;
};

} // namespace mapje
