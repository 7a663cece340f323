#include "core/contentfile.h"
#include "core/documentcatalogue.h"
#include "core/glossary.h"
#include "core/helpplaces.h"
#include "core/lifedomaincatalogue.h"
#include "core/questioncatalogue.h"
#include "core/rightstext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using mapje::ContentFile;
using mapje::ContentItem;

/** The shipped content is read from its data files, and a broken file says what is wrong and
 * where, instead of giving an empty glossary or board. */
class TestContentFile : public QObject {
    Q_OBJECT

private slots:
    void everyShippedFileReads_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("list");
        QTest::newRow("glossary") << QStringLiteral(":/content/glossary.json")
                                  << QStringLiteral("Glossary") << QStringLiteral("entries");
        QTest::newRow("lifedomains") << QStringLiteral(":/content/lifedomains.json")
                                     << QStringLiteral("LifeDomain") << QStringLiteral("domains");
        QTest::newRow("helpplaces") << QStringLiteral(":/content/helpplaces.json")
                                    << QStringLiteral("HelpPlace") << QStringLiteral("domains");
        QTest::newRow("documents")
            << QStringLiteral(":/content/documents.json") << QStringLiteral("DocumentCatalogue")
            << QStringLiteral("documents");
        QTest::newRow("questions")
            << QStringLiteral(":/content/questions.json") << QStringLiteral("QuestionCatalogue")
            << QStringLiteral("questions");
        QTest::newRow("rights") << QStringLiteral(":/content/rights.json")
                                << QStringLiteral("RightsPage") << QStringLiteral("rights");
        QTest::newRow("conversationcards")
            << QStringLiteral(":/content/conversationcards.json")
            << QStringLiteral("ConversationCards") << QStringLiteral("cards");
    }

    void everyShippedFileReads()
    {
        QFETCH(QString, path);
        QFETCH(QString, context);
        QFETCH(QString, list);
        const ContentFile file(path, context.toLatin1().constData());
        QVERIFY2(file.isValid(), qPrintable(file.error()));
        QVERIFY(!file.top().items(list.toLatin1().constData()).isEmpty());
        QVERIFY2(file.isValid(), qPrintable(file.error()));
    }

    void everyCatalogueHasItsContent()
    {
        // Each reads its file once; a file that did not read would have stopped the test.
        QCOMPARE(mapje::Glossary::entries().size(), 60);
        QCOMPARE(mapje::LifeDomainCatalogue::domains().size(), 14);
        for (const QString &id : mapje::LifeDomainCatalogue::ids())
            QVERIFY2(!mapje::HelpPlaces::sourcesFor(id).isEmpty(), qPrintable(id));
        QCOMPARE(mapje::DocumentCatalogue::documents().size(), 5);
        QCOMPARE(mapje::QuestionCatalogue::questions().size(), 7);
        QCOMPARE(mapje::RightsText::rights().size(), 4);
    }

    void readsTextsWithTheirDisambiguation()
    {
        const ContentFile file(write(R"({"context": "Glossary", "entries": [
            {"word": "Wmo", "other": {"source": "Wmo", "disambiguation": "the law", "note": "x"},
             "list": ["Een", {"source": "Twee"}], "links": true, "forms": ["a", "b"]}]})"),
            "Glossary");
        const QList<ContentItem> entries = file.top().items("entries");
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).text("word").source, QByteArray("Wmo"));
        QVERIFY(entries.at(0).text("word").disambiguation.isEmpty());
        QCOMPARE(entries.at(0).text("other").disambiguation, QByteArray("the law"));
        QCOMPARE(entries.at(0).texts("list").size(), 2);
        QCOMPARE(entries.at(0).texts("list").at(1).source, QByteArray("Twee"));
        QVERIFY(entries.at(0).flag("links"));
        QCOMPARE(entries.at(0).strings("forms"), QStringList({"a", "b"}));
        QVERIFY2(file.isValid(), qPrintable(file.error()));
        // Without a translation, a text is its Dutch source.
        QCOMPARE(entries.at(0).text("other").translated("Glossary"), QStringLiteral("Wmo"));
    }

    void aBrokenFileSaysWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray(R"({"context": "Glossary", "entries": [)")
                                  << QStringLiteral("not JSON at character");
        QTest::newRow("another context")
            << QByteArray(R"({"context": "LifeDomain", "entries": [{"word": "Wmo"}]})")
            << QStringLiteral("\"context\" must be \"Glossary\", not \"LifeDomain\"");
        QTest::newRow("no list") << QByteArray(R"({"context": "Glossary"})")
                                 << QStringLiteral(": entries is missing");
        QTest::newRow("empty list") << QByteArray(R"({"context": "Glossary", "entries": []})")
                                    << QStringLiteral(": entries must be a list that is not empty");
        QTest::newRow("missing text")
            << QByteArray(R"({"context": "Glossary", "entries": [{"word": "Wmo"}, {}]})")
            << QStringLiteral(": entries[1].word is missing");
        QTest::newRow("empty text")
            << QByteArray(R"({"context": "Glossary", "entries": [{"word": " "}]})")
            << QStringLiteral(": entries[0].word must be a Dutch text that is not empty");
        QTest::newRow("number for a text")
            << QByteArray(R"({"context": "Glossary", "entries": [{"word": {"source": 3}}]})")
            << QStringLiteral(": entries[0].word must be a Dutch text that is not empty");
    }

    void aBrokenFileSaysWhatAndWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString path = write(json);
        const ContentFile file(path, "Glossary");
        for (const ContentItem &entry : file.top().items("entries"))
            Q_UNUSED(entry.text("word"));
        QVERIFY(!file.isValid());
        QVERIFY2(file.error().startsWith(path + u':'), qPrintable(file.error()));
        QVERIFY2(file.error().contains(expected), qPrintable(file.error()));
    }

    void aMissingFileSaysSo()
    {
        const ContentFile file(QStringLiteral(":/content/nothing.json"), "Glossary");
        QVERIFY(!file.isValid());
        QVERIFY2(file.error().startsWith(QStringLiteral(":/content/nothing.json: cannot be read")),
            qPrintable(file.error()));
    }

private:
    QString write(const QByteArray &json)
    {
        const QString path = m_folder.filePath(QStringLiteral("content%1.json").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_folder;
    int m_files = 0;
};

QTEST_GUILESS_MAIN(TestContentFile)
#include "tst_contentfile.moc"
