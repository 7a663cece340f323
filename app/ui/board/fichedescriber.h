#pragma once

#include <QVariantMap>

namespace mapje {

class Board;
class Placement;
class Perspective;

/** Turns a fiche (placement) and its owner into what a delegate shows: keys, words, pictures. */
namespace FicheDescriber {
/** "Sanne (ervaringswerker)" or "Ervaringswerker" or "Ik". */
[[nodiscard]] QString title(const Perspective &perspective);
/** What was answered in words: "Blij. Veranderen: ja." ("" when nothing was). */
[[nodiscard]] QString answerWords(const Placement &placement);
[[nodiscard]] QVariantMap describe(const Board &board, const Placement &placement);
} // namespace FicheDescriber

} // namespace mapje
