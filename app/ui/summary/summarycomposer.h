#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>
#include <QVariantMap>
#include <optional>

#include "core/appointment.h"
#include "core/board.h"
#include "core/goal.h"
#include "export/mapjecontent.h"
#include "ui/summary/summaryitem.h"

namespace mapje {

/**
 * Which parts of the board, goals and appointments can go in the mapje, what is in by default,
 * and the content of the mapje from the citizen's choices. Others' views are out unless the
 * citizen puts them in; hidden fiches are never offered.
 */
class SummaryComposer {
    Q_DECLARE_TR_FUNCTIONS(SummaryComposer)

public:
    /** Everything the mapje may be made of, as it is now. */
    struct Sources {
        std::optional<Board> board;
        QList<Goal> goals;
        QList<Appointment> appointments;
        QDateTime now;
        QTimeZone zone;
    };
    /** The citizen's own choices by item key; items without one follow the default. */
    using Choices = QHash<QString, bool>;

    [[nodiscard]] static QList<SummaryItem> items(const Sources &sources, const Choices &choices);
    /** The mapje of exactly the included items, in the current language. */
    [[nodiscard]] static MapjeContent content(const Sources &sources, const Choices &choices,
        const QString &ownerName, const QString &languageCode, bool rightToLeft);

private:
    /** "Iets veranderen: Ja" for one fiche (as FicheDescriber describes it). */
    [[nodiscard]] static QString wishWords(const QVariantMap &fiche);
    [[nodiscard]] static bool isIncluded(
        const QString &key, bool byDefault, const Choices &choices);
    [[nodiscard]] static QList<Appointment> comingAppointments(const Sources &sources);
};

} // namespace mapje
