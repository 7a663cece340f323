#include "testharness.h"

#include "core/clock.h"
#include "quotavfs.h"
#include "storage/vault.h"
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

void TestHarness::setDiskFull(bool full)
{
    mapje::QuotaVfs::setMode(full ? mapje::QuotaVfs::Mode::Full : mapje::QuotaVfs::Mode::Normal);
}
