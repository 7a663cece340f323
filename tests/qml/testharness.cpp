#include "testharness.h"

#include <QFile>

#include "core/clock.h"
#include "quotavfs.h"
#include "storage/keyheader.h"
#include "storage/vault.h"
#include "storage/vaultpaths.h"
#include "ui/composition.h"
#include "ui/vaultcontroller.h"

QString TestHarness::dataDirectory() const
{
    return composition ? composition->dataDirectory() : QString();
}

void TestHarness::restart()
{
    composition->reopen();
}

void TestHarness::reset()
{
    composition->vaultController()->startOver();
    composition->reopen();
}

void TestHarness::advanceClock(int seconds)
{
    clock->advance(seconds);
}

void TestHarness::damageVault()
{
    QFile file(mapje::VaultPaths(composition->dataDirectory()).headerPath());
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QByteArray(200, 'x'));
    file.close();
    composition->reopen();
}

void TestHarness::makeVaultTooNew()
{
    QFile file(mapje::VaultPaths(composition->dataDirectory()).headerPath());
    if (!file.open(QIODevice::ReadWrite))
        return;
    QByteArray bytes = file.readAll();
    // The format version is a little-endian 16-bit number just after the 8-byte magic.
    if (bytes.size() > 9) {
        bytes[8] = char(mapje::KeyHeader::FormatVersion + 1);
        bytes[9] = 0;
        file.seek(0);
        file.write(bytes);
    }
    file.close();
    composition->reopen();
}

void TestHarness::setDiskFull(bool full)
{
    mapje::QuotaVfs::setMode(full ? mapje::QuotaVfs::Mode::Full : mapje::QuotaVfs::Mode::Normal);
}
