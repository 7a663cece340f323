#include "export/mapjepdf.h"
#include "export/mapjeprint.h"

#include "mapjefixture.h"
#include "pdftools.h"

#include <QPrinter>
#include <QPrinterInfo>
#include <QTemporaryDir>
#include <QTest>

using mapje::MapjePdf;
using mapje::MapjePrint;

class TestMapjePrint : public QObject {
    Q_OBJECT

private slots:
    void printedTextIsThePdfText();
    void printsOnAFourEvenWhenSetToLetter();
    void defaultPrinterIsNoneOrAPrinter();
};

void TestMapjePrint::printedTextIsThePdfText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const mapje::MapjeContent content = mapjefixture::dutch();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    QVERIFY(MapjePrint::print(content, printer));

    const QString saved = dir.filePath(QStringLiteral("saved.pdf"));
    QVERIFY(MapjePdf::writeFile(MapjePdf::build(content), saved).ok());
    const QString printedText = pdftools::flat(pdftools::text(printed));
    QVERIFY(!printedText.isEmpty());
    for (const QString &chosen : mapjefixture::chosenTexts(content))
        QVERIFY2(printedText.contains(chosen), qPrintable(chosen));
    // Word for word the same as the PDF, whatever the printer's resolution.
    QCOMPARE(printedText, pdftools::flat(pdftools::text(saved)));
    QCOMPARE(pdftools::infoField(pdftools::info(printed), QStringLiteral("Title")),
        QStringLiteral("Mijn mapje – 12 mei 2026"));
}

void TestMapjePrint::printsOnAFourEvenWhenSetToLetter()
{
    QTemporaryDir dir;
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setPageOrientation(QPageLayout::Landscape);
    const QString printed = dir.filePath(QStringLiteral("letter.pdf"));
    printer.setOutputFileName(printed);
    QVERIFY(MapjePrint::print(mapjefixture::dutchWithLess(), printer));
    const QString size = pdftools::infoField(pdftools::info(printed), QStringLiteral("Page size"));
    QVERIFY2(size.endsWith(QStringLiteral("(A4)")), qPrintable(size));
    QVERIFY2(size.startsWith(QStringLiteral("595")), qPrintable(size)); // portrait
}

void TestMapjePrint::defaultPrinterIsNoneOrAPrinter()
{
    const std::unique_ptr<QPrinter> printer = MapjePrint::defaultPrinter();
    if (!printer)
        QVERIFY(QPrinterInfo::defaultPrinter().isNull());
    else
        QVERIFY(QPrinterInfo::availablePrinterNames().contains(printer->printerName()));
}

QTEST_MAIN(TestMapjePrint)
#include "tst_mapjeprint.moc"
