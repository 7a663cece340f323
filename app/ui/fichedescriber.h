#pragma once

#include <QVariantMap>

namespace mapje {
class Board;
class Placement;
class Perspective;
} // namespace mapje

/** Turns a fiche (placement) and its owner into what a delegate shows: keys, words, pictures. */
namespace FicheDescriber {
/** "Sanne (ervaringswerker)" or "Ervaringswerker" or "Ik". */
[[nodiscard]] QString title(const mapje::Perspective &perspective);
[[nodiscard]] QVariantMap describe(const mapje::Board &board, const mapje::Placement &placement);
} // namespace FicheDescriber
