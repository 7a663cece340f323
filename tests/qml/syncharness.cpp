#include "syncharness.h"

#include "endpointfixture.h"
#include "sync/engine/syncengine.h"
#include "testharness.h"
#include "ui/composition.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace {

EndpointFixture *endpoint()
{
    static std::unique_ptr<EndpointFixture> fixture;
    static bool tried = false;
    if (!tried) {
        tried = true;
        if (qEnvironmentVariableIntValue("MAPJE_TEST_ENDPOINT") == 1) {
            fixture = std::make_unique<EndpointFixture>();
            QString why;
            if (!fixture->start(&why)) {
                qCritical("SyncHarness: %s", qPrintable(why));
                fixture.reset();
            }
        }
    }
    return fixture.get();
}

} // namespace

QString SyncHarness::municipalityConfig(const QString &folder)
{
    EndpointFixture *fixture = endpoint();
    if (!fixture)
        return {};
    const QString path = QDir(folder).filePath(QStringLiteral("gemeente.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("[gemeente]\nnaam=Gemeente Voorbeeld\nadres=%1\n")
                   .arg(fixture->directBase().toString())
                   .toUtf8());
    return path;
}

bool SyncHarness::available() const
{
    return endpoint() != nullptr;
}

QString SyncHarness::pairingId()
{
    const auto pairing = TestHarness::composition->syncEngine()->pairing();
    return pairing ? pairing->pairingId : QString();
}

QString SyncHarness::issueCode() const
{
    return endpoint() ? endpoint()->issueCode() : QString();
}

QString SyncHarness::proposeAppointment(const QString &isoBegin, const QString &where,
    const QString &withWhom, const QString &subject) const
{
    if (!endpoint())
        return {};
    return endpoint()->proposeAppointment(
        pairingId(), QDateTime::fromString(isoBegin, Qt::ISODate), where, withWhom, subject);
}

QString SyncHarness::proposeMoment(const QString &isoAt) const
{
    if (!endpoint())
        return {};
    return endpoint()->proposeMoment(pairingId(), QDateTime::fromString(isoAt, Qt::ISODate));
}

QString SyncHarness::appPairing() const
{
    return pairingId();
}

QStringList SyncHarness::shareKinds() const
{
    return shareKindsOf(pairingId());
}

QStringList SyncHarness::shareKindsOf(const QString &pairing) const
{
    QStringList kinds;
    if (!endpoint())
        return kinds;
    for (const QJsonValue &share : endpoint()->sharesOf(pairing))
        kinds.append(share.toObject().value(QStringLiteral("soort")).toString());
    kinds.sort();
    return kinds;
}

QStringList SyncHarness::requestMessages() const
{
    QStringList messages;
    if (!endpoint())
        return messages;
    for (const QJsonValue &request : endpoint()->requestsOf(pairingId()))
        messages.append(request.toObject().value(QStringLiteral("bericht")).toString());
    return messages;
}
