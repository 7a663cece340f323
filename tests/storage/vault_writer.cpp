// Test helper for tst_vaultcrash, killed with SIGKILL at random moments. It prints a line only
// after the step it names is durable, so the test knows what must have survived.
//   vault_writer <dir> <secret>                  numbered notes until killed ("open", then 0, 1,
//   ...) vault_writer change <dir> <secret> <other>   changes the PIN back and forth until killed
//                                                (prints the PIN in force after each change)
//   vault_writer upgrade <secret> <dir>...       unlocks each folder of the earlier header format,
//                                                which upgrades its header (prints each folder)

#include "core/clock.h"
#include "storage/kdfcost.h"
#include "storage/keytextstore.h"
#include "storage/vault.h"

#include <QCoreApplication>
#include <cstdio>

using namespace mapje;

namespace {
int writeNotes(const QString &dir, const QString &secret)
{
    SystemClock clock;
    Vault vault(dir, clock);
    if (vault.unlock(secret) != Vault::UnlockResult::Opened) {
        std::fprintf(stderr, "unlock failed\n");
        return 1;
    }
    NoteStore notes(vault);
    SettingsStore settings(vault);
    std::printf("open\n");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        // Bodies of varying size, so commits cross page and WAL-checkpoint boundaries.
        const QString body = QStringLiteral("notitie %1 ").arg(i).repeated(1 + (i * 37) % 300);
        if (!notes.save(QStringLiteral("n%1").arg(i), body))
            return 3;
        if (!settings.setValue(QStringLiteral("laatste"), QString::number(i)))
            return 3;
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}

int changePins(const QString &dir, const QString &first, const QString &second)
{
    SystemClock clock;
    Vault vault(dir, clock);
    vault.setKdfCost(KdfCost::fastForTests());
    QString current = first;
    for (;;) {
        const QString next = current == first ? second : first;
        if (!vault.changeSecret(current, next)) {
            std::fprintf(stderr, "change failed\n");
            return 3;
        }
        current = next;
        std::printf("%s\n", qPrintable(current));
        std::fflush(stdout);
    }
}

int upgrade(const QString &secret, const QStringList &dirs)
{
    SystemClock clock;
    for (const QString &dir : dirs) {
        Vault vault(dir, clock);
        vault.setKdfCost(KdfCost::fastForTests());
        if (vault.unlock(secret) != Vault::UnlockResult::Opened || vault.header().isLegacy()) {
            std::fprintf(stderr, "upgrade failed\n");
            return 3;
        }
        vault.lock();
        std::printf("%s\n", qPrintable(dir));
        std::fflush(stdout);
    }
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 4 && args.at(0) == QLatin1String("change"))
        return changePins(args.at(1), args.at(2), args.at(3));
    if (args.size() >= 3 && args.at(0) == QLatin1String("upgrade"))
        return upgrade(args.at(1), args.mid(2));
    if (args.size() == 2)
        return writeNotes(args.at(0), args.at(1));
    std::fprintf(stderr, "usage: see the comment at the top of vault_writer.cpp\n");
    return 2;
}
