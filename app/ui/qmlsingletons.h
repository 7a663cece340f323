#pragma once

#include <QQmlEngine>

#include "ui/appointments/appointmentscontroller.h"
#include "ui/board/boardcontroller.h"
#include "ui/checkins/checkinscontroller.h"
#include "ui/conversation/conversationcontroller.h"
#include "ui/glossary/glossarycontroller.h"
#include "ui/goals/goalscontroller.h"
#include "ui/handoff/handoffreceiver.h"
#include "ui/handoff/handoffsender.h"
#include "ui/home/notescontroller.h"
#include "ui/kiosk/kioskcontroller.h"
#include "ui/reminders/calendarcontroller.h"
#include "ui/reminders/reminderscontroller.h"
#include "ui/settings/displaysettings.h"
#include "ui/settings/languagecontroller.h"
#include "ui/settings/readaloudcontroller.h"
#include "ui/summary/summarycontroller.h"
#include "ui/sync/synccontroller.h"
#include "ui/timeline/timelinecontroller.h"
#include "ui/vault/vaultcontroller.h"

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
MAPJE_QML_SINGLETON(mapje::AppointmentsController, Appointments)
MAPJE_QML_SINGLETON(mapje::BoardController, Board)
MAPJE_QML_SINGLETON(mapje::CalendarController, Calendar)
MAPJE_QML_SINGLETON(mapje::CheckInsController, CheckIns)
MAPJE_QML_SINGLETON(mapje::ConversationController, Conversation)
MAPJE_QML_SINGLETON(mapje::DisplaySettings, Display)
MAPJE_QML_SINGLETON(mapje::GlossaryController, Glossary)
MAPJE_QML_SINGLETON(mapje::GoalsController, Goals)
MAPJE_QML_SINGLETON(mapje::HandoffReceiver, HandoffReceive)
MAPJE_QML_SINGLETON(mapje::HandoffSender, HandoffSend)
MAPJE_QML_SINGLETON(mapje::KioskController, Kiosk)
MAPJE_QML_SINGLETON(mapje::LanguageController, Language)
MAPJE_QML_SINGLETON(mapje::NotesController, Notes)
MAPJE_QML_SINGLETON(mapje::ReadAloudController, ReadAloud)
MAPJE_QML_SINGLETON(mapje::RemindersController, Reminders)
MAPJE_QML_SINGLETON(mapje::SummaryController, Summary)
MAPJE_QML_SINGLETON(mapje::SyncController, Sync)
MAPJE_QML_SINGLETON(mapje::TimelineController, Timeline)
MAPJE_QML_SINGLETON(mapje::VaultController, Vault)
