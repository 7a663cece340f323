// Test helper for tst_vaultcrash: unlocks the vault in argv[1] and writes numbered notes until
// killed, printing each number only after its commit returned, so the test knows what is durable.

#include "core/clock.h"
#include "storage/notestore.h"
#include "storage/settingsstore.h"
#include "storage/vault.h"

#include <QCoreApplication>
#include <cstdio>

using namespace mapje;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: vault_writer <dir> <secret>\n");
        return 2;
    }
    SystemClock clock;
    Vault vault(QString::fromLocal8Bit(argv[1]), clock);
    if (vault.unlock(QString::fromLocal8Bit(argv[2])) != Vault::UnlockResult::Opened) {
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
