#pragma once

#include <QQmlEngine>

#include "ui/appointmentscontroller.h"
#include "ui/boardcontroller.h"
#include "ui/calendarcontroller.h"
#include "ui/checkinscontroller.h"
#include "ui/displaysettings.h"
#include "ui/glossarycontroller.h"
#include "ui/goalscontroller.h"
#include "ui/languagecontroller.h"
#include "ui/notescontroller.h"
#include "ui/readaloudcontroller.h"
#include "ui/reminderscontroller.h"
#include "ui/summarycontroller.h"
#include "ui/timelinecontroller.h"
#include "ui/vaultcontroller.h"

/*
 * How the controllers reach QML, in one place. Each is a singleton of the module "Mapje" under its
 * QML name; QML gets the one instance the composition root published (Composition::publish), owned
 * by C++ so the engine never deletes it. The controllers carry no QML plumbing: a wrapper here
 * names each (QML_FOREIGN) and hands it out. Qt 6.4 calls a foreign singleton's create() whatever
 * the controller's constructors are.
 */
namespace mapje {

/** The instance of T that QML gets; set before the engine loads QML. */
template<typename T> inline T *publishedToQml = nullptr;

/** The composition root hands over its controllers, each under its own type. */
template<typename... T> void publishToQml(T *...instances)
{
    ((publishedToQml<T> = instances), ...);
}

/** What a controller learns from the engine that asks for it; most need nothing. */
template<typename T> void meetEngine(T * /*controller*/, QQmlEngine * /*engine*/)
{
}
/** The language retranslates the engine that shows it. */
inline void meetEngine(LanguageController *language, QQmlEngine *engine)
{
    language->setEngine(engine);
}

/** Every wrapper's create(): the published instance, kept by C++. */
template<typename T> T *handToQml(QQmlEngine *engine, const char *qmlName)
{
    T *instance = publishedToQml<T>;
    Q_ASSERT_X(instance, qmlName, "the composition root publishes it before QML loads");
    Q_UNUSED(qmlName)
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    meetEngine(instance, engine);
    return instance;
}

} // namespace mapje

// moc reads the wrappers through this macro; the literal Q_GADGET below makes AUTOMOC run on this
// file.
#define MAPJE_QML_SINGLETON(Class, QmlName)                                                        \
    struct QmlName##Singleton {                                                                    \
        Q_GADGET                                                                                   \
        QML_FOREIGN(Class)                                                                         \
        QML_SINGLETON                                                                              \
        QML_NAMED_ELEMENT(QmlName)                                                                 \
    public:                                                                                        \
        static Class *create(QQmlEngine *engine, QJSEngine *)                                      \
        {                                                                                          \
            return mapje::handToQml<Class>(engine, #QmlName);                                      \
        }                                                                                          \
    };

// One line per controller: its C++ class and its name in QML.
MAPJE_QML_SINGLETON(AppointmentsController, Appointments)
MAPJE_QML_SINGLETON(BoardController, Board)
MAPJE_QML_SINGLETON(CalendarController, Calendar)
MAPJE_QML_SINGLETON(CheckInsController, CheckIns)
MAPJE_QML_SINGLETON(DisplaySettings, Display)
MAPJE_QML_SINGLETON(GlossaryController, Glossary)
MAPJE_QML_SINGLETON(GoalsController, Goals)
MAPJE_QML_SINGLETON(LanguageController, Language)
MAPJE_QML_SINGLETON(NotesController, Notes)
MAPJE_QML_SINGLETON(ReadAloudController, ReadAloud)
MAPJE_QML_SINGLETON(RemindersController, Reminders)
MAPJE_QML_SINGLETON(SummaryController, Summary)
MAPJE_QML_SINGLETON(TimelineController, Timeline)
MAPJE_QML_SINGLETON(VaultController, Vault)
