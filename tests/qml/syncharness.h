#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class EndpointFixture;

/**
 * The municipality's side for the sync pages' Qt Quick tests: a real mapje-endpoint on 127.0.0.1,
 * started only when MAPJE_TEST_ENDPOINT=1 (ctest tst_qml_sync), so the other QML tests never
 * touch a network. A klantmanager's actions and what the endpoint keeps, for the test to check.
 */
class SyncHarness : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(SyncHarness)
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT)

public:
    explicit SyncHarness(QObject *parent = nullptr) : QObject(parent) { }

    /** Starts the endpoint once per run when asked for; the config file of the municipality the
     * app is set up for, or "" when the sync tests do not run. */
    [[nodiscard]] static QString municipalityConfig(const QString &folder);

    [[nodiscard]] bool available() const;
    /** A klantmanager's code for a new pairing. */
    Q_INVOKABLE QString issueCode() const;
    /** The municipality proposes an appointment or a moment to the paired app. */
    Q_INVOKABLE QString proposeAppointment(const QString &isoBegin, const QString &where,
        const QString &withWhom, const QString &subject) const;
    Q_INVOKABLE QString proposeMoment(const QString &isoAt) const;
    /** What the endpoint keeps for the app's pairing: the kinds ("bord", "doel") of its shares,
     * and the messages of its requests for another moment. */
    Q_INVOKABLE QStringList shareKinds() const;
    /** The app's pairing now, and what the endpoint keeps for a pairing the app may have
     * forgotten since (a kiosk session that ended). */
    Q_INVOKABLE QString appPairing() const;
    Q_INVOKABLE QStringList shareKindsOf(const QString &pairing) const;
    Q_INVOKABLE QStringList requestMessages() const;

private:
    [[nodiscard]] static QString pairingId();
};
