#include "ui/board/fichedescriber.h"

#include <QCoreApplication>
#include <QStringList>

#include "core/board.h"
#include "ui/shared/assetpaths.h"

namespace mapje {

namespace FicheDescriber {

QString title(const Perspective &perspective)
{
    const QString kind = QCoreApplication::translate(
        Perspective::TranslationContext, Perspective::kindLabelSource(perspective.kind()));
    if (perspective.displayName().isEmpty() || perspective.isCitizen())
        return kind;
    //: A person's name with their role, e.g. "Sanne (ervaringswerker)".
    return QCoreApplication::translate("Fiche", "%1 (%2)")
        .arg(perspective.displayName(), kind.toLower());
}

QString answerWords(const Placement &placement)
{
    // Only what was answered: a face or a wish not chosen yet has no words.
    QStringList parts;
    if (placement.hasFeeling())
        parts.append(QCoreApplication::translate(
            Placement::TranslationContext, Placement::feelingLabelSource(placement.feeling())));
    const QString wish = QCoreApplication::translate(
        Placement::TranslationContext, Placement::wishLabelSource(placement.wish()));
    if (!wish.isEmpty())
        //: What someone answered to "change something here?", e.g. "Veranderen: ja".
        parts.append(QCoreApplication::translate("Fiche", "Veranderen: %1").arg(wish.toLower()));
    return parts.isEmpty() ? QString() : parts.join(QStringLiteral(". ")) + QLatin1Char('.');
}

QVariantMap describe(const Board &board, const Placement &placement)
{
    const auto owner = board.perspective(placement.perspectiveId());
    const Perspective::Kind kind = owner ? owner->kind() : Perspective::Kind::Close;
    const QString kindKey = Perspective::kindKey(kind);
    return {
        {QStringLiteral("perspectiveId"), placement.perspectiveId()},
        {QStringLiteral("kind"), kindKey},
        {QStringLiteral("isCitizen"), kind == Perspective::Kind::Citizen},
        {QStringLiteral("title"), owner ? title(*owner) : QString()},
        {QStringLiteral("ficheSource"), AssetPaths::fiche(kindKey)},
        {QStringLiteral("feeling"), Placement::feelingKey(placement.feeling())},
        {QStringLiteral("feelingLabel"),
            QCoreApplication::translate(
                Placement::TranslationContext, Placement::feelingLabelSource(placement.feeling()))},
        {QStringLiteral("faceSource"),
            placement.hasFeeling() ? AssetPaths::face(Placement::feelingKey(placement.feeling()))
                                   : QUrl()},
        {QStringLiteral("wish"), Placement::wishKey(placement.wish())},
        {QStringLiteral("wishLabel"),
            QCoreApplication::translate(
                Placement::TranslationContext, Placement::wishLabelSource(placement.wish()))},
        {QStringLiteral("answerWords"), answerWords(placement)},
        {QStringLiteral("note"), placement.note()},
        {QStringLiteral("hidden"), placement.isHidden()},
    };
}

} // namespace FicheDescriber

} // namespace mapje
