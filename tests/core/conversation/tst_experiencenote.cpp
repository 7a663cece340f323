#include "core/conversation/experiencenote.h"

#include <QTest>

using mapje::ExperienceNote;

namespace {
const QDateTime kAt(QDate(2026, 12, 7), QTime(10, 30), Qt::UTC);
}

/** A "Wat mij hielp" note: someone's own words, never empty. */
class TestExperienceNote : public QObject {
    Q_OBJECT

private slots:
    void keepsTheWordsAsWritten()
    {
        const auto note = ExperienceNote::create(u"n1"_qs, u"peer"_qs, u"money"_qs,
            u"  Mij hielp het om één brief per dag te openen.\n"_qs, kAt);
        QVERIFY(note);
        QCOMPARE(note->text(), u"Mij hielp het om één brief per dag te openen."_qs);
        QCOMPARE(note->perspectiveId(), u"peer"_qs);
        QCOMPARE(note->domainId(), u"money"_qs);
        QCOMPARE(note->createdAt(), kAt);
    }

    void emptyWordsOrPlacesAreRefused()
    {
        QVERIFY(!ExperienceNote::create(u"n1"_qs, u"peer"_qs, u"money"_qs, u"   "_qs, kAt));
        QVERIFY(!ExperienceNote::create({}, u"peer"_qs, u"money"_qs, u"Tekst"_qs, kAt));
        QVERIFY(!ExperienceNote::create(u"n1"_qs, {}, u"money"_qs, u"Tekst"_qs, kAt));
        QVERIFY(!ExperienceNote::create(u"n1"_qs, u"peer"_qs, {}, u"Tekst"_qs, kAt));
        auto note = ExperienceNote::create(u"n1"_qs, u"peer"_qs, u"money"_qs, u"Tekst"_qs, kAt);
        QVERIFY(!note->setText(u"\t"_qs));
        QCOMPARE(note->text(), u"Tekst"_qs);
        QVERIFY(note->setText(u"Nieuwe woorden"_qs));
        QCOMPARE(note->text(), u"Nieuwe woorden"_qs);
    }
};

QTEST_GUILESS_MAIN(TestExperienceNote)
#include "tst_experiencenote.moc"
