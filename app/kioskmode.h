#pragma once

#include <QStringList>

#include "ui/kiosk/kioskcontroller.h"

namespace mapje::kioskmode {

/** True when the command line asks for the kiosk (--kiosk FILE). */
[[nodiscard]] bool requested(int argc, char **argv);
/** Before the QGuiApplication exists: Qt Virtual Keyboard inside the app, and no QML disk cache
 * (nothing of a session should reach a file, not even compiled code). */
void prepareEnvironment();
/** `mapje --kiosk-hash-pin`: reads the admin PIN from standard input (twice, without echo, on a
 * terminal) and prints its Argon2id hash for kiosk.ini. Returns the exit code. */
[[nodiscard]] int hashPin();
/** "3:1733500000000" → the wrong admin PINs carried over from the last visitor's process. */
[[nodiscard]] KioskController::AdminTries parseTries(const QString &text);
/**
 * Replaces this process with a fresh copy of itself for the next visitor: every byte of the
 * session goes with the old process image. arguments are the current ones; the wrong admin PINs
 * are carried over. Returns only when exec failed (the caller then resets in memory).
 */
void restart(const QStringList &arguments, KioskController::AdminTries tries);

} // namespace mapje::kioskmode
