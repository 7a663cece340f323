#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace mapje {

/**
 * What the citizen chose to put in their mapje, already in words of their language: the PDF and
 * the printout show exactly this and nothing else. Made by the composer in app/ui; the export
 * knows nothing of the vault or of what was left out.
 */
struct MapjeContent {
    /** Another person's view on a domain, kept by the citizen; labelled with who said it. */
    struct OtherView {
        QString who; ///< "Ahmed (partner)"
        QString feelingText; ///< "Verdrietig", or "" when none
        QString faceKey; ///< "happy", "sad", "unsure" or "" (a picture beside the words)
        QString wishText; ///< "Wil hier iets aan veranderen", or ""
        QString note; ///< their own words
    };
    /** One chosen domain, in the citizen's order. */
    struct Domain {
        QString name;
        QString feelingText;
        QString faceKey;
        QString wishText;
        QString note;
        QList<OtherView> others;
    };
    /** A goal in the citizen's own words with its steps. */
    struct Goal {
        QString domainName;
        QString ownWords;
        QString byWhenText; ///< "" when none
        QString whoHelps;
        QString stateText; ///< "Bezig", "Gelukt", "Gestopt"
        QStringList stepsDone;
        QStringList stepsOpen;
    };
    /** The appointment the citizen prepared. */
    struct Appointment {
        QString whenText;
        QString where;
        QString withWhom;
        QString comesWithMe;
        QStringList questions;
        QString wantThemToKnow;
        QStringList toBring;
    };

    QString languageCode; ///< "nl", "ar", … (document language and text direction)
    bool rightToLeft = false;
    QString dateText; ///< the day the citizen made this mapje, in words
    QDate madeOn; ///< the same day as a date, only for the PDF's metadata; invalid: left out
    QString ownerName; ///< the name the citizen chose to put on it; "" = no name anywhere
    QList<Domain> domains; ///< empty: no domain part
    QList<Goal> goals; ///< empty: no goal part
    QList<Appointment> appointments; ///< empty: no appointment part
};

} // namespace mapje
