#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

#include "core/clock.h"
#include "openvault.h"
#include "ui/appointments/appointmentscontroller.h"
#include "ui/board/boardcontroller.h"
#include "ui/goals/goalscontroller.h"
#include "ui/summary/summarycontroller.h"
#include "ui/summary/summaryitemsmodel.h"

using mapje::AppointmentsController;
using mapje::BoardController;
using mapje::Composition;
using mapje::GoalsController;
using mapje::SummaryController;
using mapje::SummaryItem;
using mapje::SummaryItemsModel;

/**
 * The mapje through a real Composition: what is in by default (the citizen's own board and goals;
 * others' views only when put in; hidden fiches never), choices kept across a restart, the PDF the
 * preview shows is byte for byte what is saved, and printing sends the same words.
 */
class TestSummaryController : public QObject {
    Q_OBJECT

private:
    mapje::ManualClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc())};
    std::unique_ptr<OpenVault> m_app;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_partner;
    QString m_peer;
    QString m_stoppedGoal;

    SummaryController *summary() const { return (*m_app)->summaryController(); }
    BoardController *board() const { return (*m_app)->boardController(); }
    GoalsController *goals() const { return (*m_app)->goalsController(); }

    QStringList keys(const SummaryItemsModel *model) const
    {
        QStringList keys;
        for (const SummaryItem &item : model->items())
            keys << item.key;
        return keys;
    }

    static QString pdfText(const QString &path)
    {
        QProcess process;
        process.start(QStringLiteral(MAPJE_PDFTOTEXT), {path, QStringLiteral("-")});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    /** Money (sad, a note) and housing; a partner on money; a peer on housing, hidden; two goals.
     */
    void init()
    {
        m_app = std::make_unique<OpenVault>(m_clock);
        QVERIFY(m_app->isOpen());
        m_tester = std::make_unique<QAbstractItemModelTester>(summary()->items());
        board()->startNewBoard(false);
        board()->chooseDomain(QStringLiteral("money"));
        board()->chooseDomain(QStringLiteral("housing"));
        const QString me = board()->citizenId();
        board()->setFeeling(me, QStringLiteral("money"), QStringLiteral("sad"));
        board()->setWish(me, QStringLiteral("money"), QStringLiteral("notYet"));
        board()->setNote(me, QStringLiteral("money"), QStringLiteral("De brieven maken me bang."));
        m_partner = board()->addPerspective(QStringLiteral("close"), QStringLiteral("Ahmed"));
        board()->setFeeling(m_partner, QStringLiteral("money"), QStringLiteral("unsure"));
        board()->setNote(m_partner, QStringLiteral("money"), QStringLiteral("Samen lukt het."));
        m_peer = board()->addPerspective(QStringLiteral("peer"), QStringLiteral("Sanne"));
        board()->setFeeling(m_peer, QStringLiteral("housing"), QStringLiteral("happy"));
        board()->setNote(m_peer, QStringLiteral("housing"), QStringLiteral("Geheim van Sanne"));
        board()->setFicheHidden(m_peer, QStringLiteral("housing"), true);
        goals()->addGoal(QStringLiteral("money"), QStringLiteral("Mijn post elke week openen"));
        goals()->addStep(QStringLiteral("Een map kopen"));
        m_clock.advance(60);
        m_stoppedGoal = goals()->addGoal(QStringLiteral("housing"), QStringLiteral("Verhuizen"));
        goals()->setState(QStringLiteral("stopped"));
        summary()->refresh();
    }

    void cleanup()
    {
        m_tester.reset();
        m_app.reset();
    }

    void ownThingsInOthersOutHiddenNeverOffered()
    {
        const QString view = QStringLiteral("view:%1:money").arg(m_partner);
        QCOMPARE(keys(summary()->items()),
            (QStringList {QStringLiteral("domain:money"), view, QStringLiteral("domain:housing"),
                summary()->items()->items().at(3).key, QStringLiteral("goal:") + m_stoppedGoal}));
        const QList<SummaryItem> items = summary()->items()->items();
        QVERIFY(items.at(0).included);
        QVERIFY(items.at(0).startsSection);
        QCOMPARE(items.at(0).detail, QStringLiteral("Verdrietig. De brieven maken me bang."));
        // "Laat zien" says it all, with the same words as the PDF.
        QCOMPARE(items.at(0).lines,
            (QStringList {QStringLiteral("Verdrietig · Iets veranderen: Weet ik nog niet"),
                QStringLiteral("“De brieven maken me bang.”")}));
        QVERIFY(!items.at(1).included); // the partner's view waits for the citizen's yes
        // Ahmed chose a face and no wish: the summary says nothing he did not say.
        QCOMPARE(items.at(1).lines.constFirst(), QStringLiteral("Weet ik niet"));
        QVERIFY(items.at(1).nested);
        QCOMPARE(items.at(1).title, QStringLiteral("Ahmed (iemand dicht bij mij) over Geld"));
        QVERIFY(items.at(3).included); // a goal that is not stopped
        // No state chosen for it yet: the summary says nothing about its state.
        QCOMPARE(items.at(3).detail, QStringLiteral("Geld"));
        QCOMPARE(items.at(3).lines,
            (QStringList {QStringLiteral("Gaat over: Geld"), QStringLiteral("Stappen:"),
                QStringLiteral("☐ Een map kopen")}));
        QVERIFY(items.at(3).startsSection);
        QVERIFY(!items.at(4).included); // a stopped goal stays home unless chosen
        for (const SummaryItem &item : items)
            QVERIFY(!item.detail.contains(QStringLiteral("Geheim van Sanne")));
        QCOMPARE(summary()->shown()->count(), 3);

        const mapje::MapjeContent content = summary()->content();
        QCOMPARE(content.domains.size(), 2);
        QVERIFY(content.domains.at(0).others.isEmpty());
        QVERIFY(content.domains.at(1).others.isEmpty());
        QCOMPARE(content.goals.size(), 1);
        QCOMPARE(content.goals.at(0).stepsOpen, QStringList {QStringLiteral("Een map kopen")});
        QCOMPARE(content.dateText, QStringLiteral("maandag 23 november 2026"));
    }

    void choicesAreKeptAcrossRestart()
    {
        const QString view = QStringLiteral("view:%1:money").arg(m_partner);
        summary()->setIncluded(view, true);
        summary()->setIncluded(QStringLiteral("domain:housing"), false);
        summary()->setOwnerName(QStringLiteral("  Fatima El Idrissi "));
        QVERIFY(m_app->restart());
        summary()->refresh();
        QCOMPARE(summary()->ownerName(), QStringLiteral("Fatima El Idrissi"));
        const mapje::MapjeContent content = summary()->content();
        QCOMPARE(content.ownerName, QStringLiteral("Fatima El Idrissi"));
        QCOMPARE(content.domains.size(), 1);
        QCOMPARE(content.domains.at(0).others.size(), 1);
        QCOMPARE(content.domains.at(0).others.at(0).note, QStringLiteral("Samen lukt het."));
    }

    void savedFileIsTheShownPdf()
    {
        summary()->preparePreview();
        QTRY_VERIFY(summary()->previewReady());
        QVERIFY(summary()->pageCount() >= 1);
        const QByteArray shown = summary()->previewPdf();
        QVERIFY(shown.startsWith("%PDF"));
        QVERIFY(summary()->save());
        QCOMPARE(
            summary()->savedPath(), m_app->filePath(QStringLiteral("export/mapje-2026-11-23.pdf")));
        QFile file(summary()->savedPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), shown);
        const QString text = pdfText(summary()->savedPath());
        QVERIFY(text.contains(QStringLiteral("De brieven maken me bang.")));
        QVERIFY(text.contains(QStringLiteral("Mijn post elke week openen")));
        QVERIFY(!text.contains(QStringLiteral("Samen lukt het.")));
        QVERIFY(!text.contains(QStringLiteral("Verhuizen")));
        QVERIFY(!text.contains(QStringLiteral("Geheim van Sanne")));

        summary()->closePreview();
        QVERIFY(!summary()->previewReady());
        QVERIFY(summary()->previewPdf().isEmpty());
        QVERIFY(!summary()->save()); // nothing shown, nothing saved
    }

    /** An appointment on a day without a time says the day alone, in the list and in the PDF: no
     * time she did not choose; it is coming until that day is over. */
    void dayWithoutTimeSaysTheDayAlone()
    {
        AppointmentsController *appointments = (*m_app)->appointmentsController();
        appointments->addAppointment();
        appointments->setDate(QStringLiteral("2026-12-02"));
        appointments->setWithWhom(QStringLiteral("Mevrouw De Vries"));
        appointments->addAppointment();
        appointments->setDate(QStringLiteral("2026-11-23")); // today: still coming
        appointments->setWhere(QStringLiteral("Stadskantoor"));
        appointments->addAppointment();
        appointments->setDate(QStringLiteral("2026-11-22")); // yesterday: over
        summary()->refresh();
        QStringList details;
        for (const SummaryItem &item : summary()->items()->items()) {
            if (item.kind != QStringLiteral("appointment"))
                continue;
            details.append(item.detail);
            QVERIFY(item.lines.contains(QStringLiteral("Wanneer: ") + item.detail));
        }
        QCOMPARE(details,
            (QStringList {QStringLiteral("maandag 23 november 2026"),
                QStringLiteral("woensdag 2 december 2026")}));
        const mapje::MapjeContent content = summary()->content();
        QCOMPARE(content.appointments.size(), 1); // the next one, as always
        QCOMPARE(content.appointments.at(0).whenText, QStringLiteral("maandag 23 november 2026"));

        summary()->preparePreview();
        QTRY_VERIFY(summary()->previewReady());
        QVERIFY(summary()->save());
        const QString text = pdfText(summary()->savedPath());
        QVERIFY(text.contains(QStringLiteral("Stadskantoor")));
        QVERIFY(!text.contains(QStringLiteral("00:00")));
        QVERIFY(!text.contains(QStringLiteral("23 november 2026 om")));
    }

    /** Two people make their mapje on one day: the second save gets its own name and the first
     * file stays exactly as it was. */
    void twoSavesOnOneDayKeepBoth()
    {
        summary()->preparePreview();
        QTRY_VERIFY(summary()->previewReady());
        const QByteArray first = summary()->previewPdf();
        QVERIFY(summary()->save());
        const QString firstPath = summary()->savedPath();
        QCOMPARE(firstPath, m_app->filePath(QStringLiteral("export/mapje-2026-11-23.pdf")));

        board()->setNote(board()->citizenId(), QStringLiteral("money"),
            QStringLiteral("Een ander mens, een ander mapje."));
        summary()->preparePreview();
        QTRY_VERIFY(summary()->previewReady());
        const QByteArray second = summary()->previewPdf();
        QVERIFY(second != first);
        QVERIFY(summary()->save());
        const QString secondPath = summary()->savedPath();
        QCOMPARE(secondPath, m_app->filePath(QStringLiteral("export/mapje-2026-11-23-2.pdf")));

        QFile firstFile(firstPath);
        QVERIFY(firstFile.open(QIODevice::ReadOnly));
        QCOMPARE(firstFile.readAll(), first);
        QFile secondFile(secondPath);
        QVERIFY(secondFile.open(QIODevice::ReadOnly));
        QCOMPARE(secondFile.readAll(), second);
        QVERIFY(pdfText(secondPath).contains(QStringLiteral("Een ander mens, een ander mapje.")));

        // The folder in words; on a line of its own the file name, kept left to right as one piece
        // (LRI … PDI), with a word joiner after each hyphen so no line ends inside it.
        QCOMPARE(summary()->message(),
            QStringLiteral("Je mapje staat in de map Documenten, in Mapje.\nHet bestand heet "
                           "\u2066mapje-\u20602026-\u206011-\u206023-\u20602.pdf\u2069."));
        QCOMPARE(summary()->savedFolder(),
            QStringLiteral("\u2066")
                + QDir::toNativeSeparators(m_app->filePath(QStringLiteral("export")))
                + QStringLiteral("\u2069"));
    }

    /** The folder is named in the citizen's language, never as the raw English folder name. */
    void saveMessageNamesTheFolderInTheCitizensLanguage()
    {
        (*m_app)->languageController()->choose(QStringLiteral("ar"));
        // An Arabic text starts with a right-to-left mark (RightToLeftTranslator).
        QCOMPARE(summary()->placeNames(), QStringList {QStringLiteral("\u200Fالمستندات")});
        summary()->preparePreview();
        QTRY_VERIFY(summary()->previewReady());
        QVERIFY(summary()->save());
        const QString message = summary()->message();
        QVERIFY2(message.contains(QStringLiteral("المستندات")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Documenten")), qPrintable(message));
        QVERIFY(
            message.contains(QStringLiteral("\u2066mapje-\u20602026-\u206011-\u206023.pdf\u2069")));

        (*m_app)->languageController()->choose(QStringLiteral("en"));
        QCOMPARE(summary()->placeNames(), QStringList {QStringLiteral("Documents")});
        QVERIFY(summary()->save());
        QVERIFY2(summary()->message().contains(QStringLiteral("Documents")),
            qPrintable(summary()->message()));
        QVERIFY(summary()->message().contains(
            QStringLiteral("mapje-\u20602026-\u206011-\u206023-\u20602.pdf")));
        (*m_app)->languageController()->choose(QStringLiteral("nl"));
    }

    /** The citizen picks the place; the file goes there and the message names that place. */
    void citizenChoosesWhereToSave()
    {
        m_tester.reset();
        m_app.reset();
        QTemporaryDir places;
        const QString documents = places.filePath(QStringLiteral("Documents/Mapje"));
        const QString desktop = places.filePath(QStringLiteral("Desktop/Mapje"));
        m_app = std::make_unique<OpenVault>(m_clock, [&](Composition::Options &options) {
            options.savePlaces = {{mapje::ExportPlace::Kind::Documents, documents},
                {mapje::ExportPlace::Kind::Desktop, desktop}};
        });
        QVERIFY(m_app->isOpen());
        QCOMPARE(summary()->placeNames(),
            (QStringList {QStringLiteral("Documenten"), QStringLiteral("Bureaublad")}));
        QCOMPARE(summary()->place(), 0);
        QSignalSpy placeChanged(summary(), &SummaryController::placeChanged);
        summary()->choosePlace(1);
        QCOMPARE(summary()->place(), 1);
        QCOMPARE(placeChanged.count(), 1);
        summary()->choosePlace(7); // not a place: nothing changes
        QCOMPARE(summary()->place(), 1);

        summary()->preparePreview();
        QTRY_VERIFY(summary()->previewReady());
        QVERIFY(summary()->save());
        QCOMPARE(summary()->savedPath(), desktop + QStringLiteral("/mapje-2026-11-23.pdf"));
        QVERIFY(QFile::exists(summary()->savedPath()));
        QVERIFY(summary()->message().startsWith(
            QStringLiteral("Je mapje staat in de map Bureaublad, in Mapje.")));
        QVERIFY(!QFile::exists(documents));
    }

    void printingSendsTheSameWords()
    {
        const QString output = m_app->filePath(QStringLiteral("printed.pdf"));
        summary()->setPrinterFactory([output] {
            auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(output);
            return printer;
        });
        summary()->preparePreview();
        QTRY_VERIFY(summary()->previewReady());
        QVERIFY(summary()->print());
        const QString text = pdfText(output);
        QVERIFY(text.contains(QStringLiteral("De brieven maken me bang.")));
        QVERIFY(!text.contains(QStringLiteral("Samen lukt het.")));
    }

    void noPrinterGetsKindWords()
    {
        summary()->setPrinterFactory([] { return std::unique_ptr<QPrinter>(); });
        summary()->preparePreview();
        QTRY_VERIFY(summary()->previewReady());
        QVERIFY(!summary()->print());
        QVERIFY(summary()->message().contains(QStringLiteral("geen printer")));
    }

    void folderThatRefusesGetsKindWords()
    {
        QFile blocker(m_app->filePath(QStringLiteral("export")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        summary()->preparePreview();
        QTRY_VERIFY(summary()->previewReady());
        QVERIFY(!summary()->save());
        QVERIFY(summary()->savedPath().isEmpty());
        QVERIFY(summary()->message().contains(QStringLiteral("Je mapje in de app is veilig.")));
    }
};

QTEST_MAIN(TestSummaryController)
#include "tst_summarycontroller.moc"
