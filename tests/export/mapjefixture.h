#pragma once

#include "export/mapjecontent.h"

#include <QStringList>

// Mapjes to export in tests and the benchmark. No digits in the citizen's own texts, so a test
// can show that the PDF adds no numbers about the person.
namespace mapjefixture {

/** A filled Dutch mapje: five domains with faces and others' views, goals, one appointment. */
[[nodiscard]] mapje::MapjeContent dutch();
/** The same mapje with a domain, one other's view, a goal, a step and a question left out. */
[[nodiscard]] mapje::MapjeContent dutchWithLess();
/** A filled Arabic mapje, right to left. */
[[nodiscard]] mapje::MapjeContent arabic();
/** The largest mapje: 14 domains × 4 perspectives, 10 goals × 4 steps, 8 questions. */
[[nodiscard]] mapje::MapjeContent full();

/** Every text of the content that the citizen chose to show, as given. */
[[nodiscard]] QStringList chosenTexts(const mapje::MapjeContent &content);

} // namespace mapjefixture
