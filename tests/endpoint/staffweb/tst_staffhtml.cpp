#include <QTest>

#include "staffweb/formfields.h"
#include "staffweb/html.h"

using namespace mapje::endpoint;

/** The one escaping helper of the staff page, and the strict reading of a posted form. */
class TestStaffHtml : public QObject {
    Q_OBJECT

private slots:
    void escapesTextAndAttributes()
    {
        QCOMPARE(Html::escape(QStringLiteral("<script>\"'&")),
            QStringLiteral("&lt;script&gt;&quot;&#39;&amp;"));
        Html html;
        html.open("p", {{"title", QStringLiteral("\"><img onerror=x>")}})
            .text(QStringLiteral("<b>vet</b>"))
            .close()
            .element("a", QStringLiteral("a & b"), {{"href", QStringLiteral("/x?a=1&b=\"2\"")}})
            .empty("input", {{"required", QString()}, {"value", QStringLiteral("'")}});
        QCOMPARE(html.page(),
            QByteArray("<!DOCTYPE html>\n<p title=\"&quot;&gt;&lt;img onerror=x&gt;\">"
                       "&lt;b&gt;vet&lt;/b&gt;</p><a href=\"/x?a=1&amp;b=&quot;2&quot;\">a &amp; "
                       "b</a><input required value=\"&#39;\">"));
    }

    void closesWhatIsOpen()
    {
        Html html;
        html.open("main").open("ul").element("li", QStringLiteral("één"));
        QCOMPARE(html.page(), QByteArray("<!DOCTYPE html>\n<main><ul><li>één</li></ul></main>"));
    }

    void readsAFormStrictly()
    {
        const auto form
            = FormFields::parse("naam=Jan+de+Vries&tekst=a%0D%0Ab&leeg=&wachtwoord=+x+");
        QVERIFY(form);
        QCOMPARE(form->value(QStringLiteral("naam")), QStringLiteral("Jan de Vries"));
        QCOMPARE(form->value(QStringLiteral("tekst")), QStringLiteral("a\nb"));
        QCOMPARE(form->value(QStringLiteral("leeg")), QString());
        QCOMPARE(form->value(QStringLiteral("ontbreekt")), QString());
        QCOMPARE(form->raw(QStringLiteral("wachtwoord")), QStringLiteral(" x "));
        QVERIFY(!FormFields::parse("a=1&a=2")); // a name twice
        QVERIFY(!FormFields::parse("a=%FF%FE")); // not UTF-8
        QVERIFY(!FormFields::parse("a=%00")); // a control character
        QByteArray many;
        for (int i = 0; i < 65; ++i)
            many += "v" + QByteArray::number(i) + "=1&";
        QVERIFY(!FormFields::parse(many));
    }
};

QTEST_GUILESS_MAIN(TestStaffHtml)
#include "tst_staffhtml.moc"
