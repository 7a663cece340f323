#pragma once

#include <QLoggingCategory>

// "mapje.storage": what the vault and its stores report. A full disk is expected and only
// informative; a file that could not be moved aside is a warning.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
