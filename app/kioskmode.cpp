#include "kioskmode.h"

#include "kiosk/adminpin.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>
#include <vector>

namespace mapje::kioskmode {

namespace {
const QString TriesOption = QStringLiteral("--kiosk-pogingen");

/** One line from standard input; without echo when it is a terminal. */
std::string readSecretLine(const char *prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (terminal) {
        std::fputs(prompt, stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return line;
}
} // namespace

bool requested(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--kiosk") == 0 || qstrncmp(argv[i], "--kiosk=", 8) == 0)
            return true;
    }
    return false;
}

void prepareEnvironment()
{
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    // The keyboard lives in Mapje's own window (KioskKeyboard.qml), never in a window of its own.
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    qputenv("QML_DISABLE_DISK_CACHE", "1");
}

int hashPin()
{
    const QString pin
        = QString::fromStdString(readSecretLine("Nieuwe beheerpincode (6 tot 12 cijfers): "));
    if (!AdminPin::acceptable(pin)) {
        std::fputs("Een beheerpincode is 6 tot 12 cijfers, zonder andere tekens.\n", stderr);
        return 2;
    }
    if (::isatty(STDIN_FILENO) == 1
        && QString::fromStdString(readSecretLine("Nog een keer: ")) != pin) {
        std::fputs("De twee pincodes zijn niet gelijk. Probeer het opnieuw.\n", stderr);
        return 2;
    }
    const QByteArray hash = AdminPin::hash(pin);
    if (hash.isEmpty()) {
        std::fputs("De hash is niet gemaakt (te weinig geheugen?).\n", stderr);
        return 1;
    }
    std::printf("%s\n", hash.constData());
    return 0;
}

KioskController::AdminTries parseTries(const QString &text)
{
    KioskController::AdminTries tries;
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return tries;
    bool failedOk = false;
    bool timeOk = false;
    const int failed = parts[0].toInt(&failedOk);
    const qint64 last = parts[1].toLongLong(&timeOk);
    if (failedOk && timeOk && failed >= 0 && failed < 10000 && last >= 0)
        tries = {failed, last};
    return tries;
}

void restart(const QStringList &arguments, KioskController::AdminTries tries)
{
    QStringList next;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == TriesOption) {
            ++i; // its value goes too; the new count follows below
            continue;
        }
        next.append(arguments[i]);
    }
    if (tries.failed > 0)
        next << TriesOption << QStringLiteral("%1:%2").arg(tries.failed).arg(tries.lastFailureMs);
    std::vector<QByteArray> bytes;
    bytes.reserve(std::size_t(next.size()));
    for (const QString &argument : std::as_const(next))
        bytes.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : bytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::fflush(stdout);
    std::fflush(stderr);
    // The program's own path, so the new process keeps its name (ps, the journal) and not "exe".
    char path[4096] = {};
    const ssize_t length = ::readlink("/proc/self/exe", path, sizeof(path) - 1);
    if (length > 0 && ::access(path, X_OK) == 0)
        ::execv(path, argv.data());
    ::execv("/proc/self/exe", argv.data());
    qWarning("Kiosk: a fresh process could not be started; the session is wiped in memory");
}

} // namespace mapje::kioskmode
