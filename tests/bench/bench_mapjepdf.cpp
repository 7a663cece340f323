// Prints how long the full mapje takes as a PDF (built in memory, then saved atomically), next
// to a baseline of the same run: QPdfWriter writing one A4 page with one paragraph in the same
// font, saved the same way. Not a timed test: it only fails when something does not run at all.
#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryDir>
#include <cstdio>
#include <vector>

#include "benchstats.h"
#include "export/mapjepages.h"
#include "export/mapjepdf.h"
#include "export/mapjestyle.h"
#include "mapjefixture.h"

namespace {

using benchstats::milliseconds;
using benchstats::percentile;
using benchstats::timeRuns;

/** One page, one paragraph, same font, size, resolution and page: the floor of any PDF. */
QByteArray baselinePdf()
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(mapje::MapjePdf::Resolution);
        writer.setPageLayout(mapje::MapjePages::pageLayout());
        QPainter painter(&writer);
        painter.setFont(mapje::MapjeStyle::bodyFont());
        painter.drawText(QRectF(0, 0, writer.width(), writer.height()),
            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
            QStringLiteral("Ik ben bang voor de brief van de deurwaarder. Ik wil rust over mijn "
                           "schulden. Kan ik de brief samen met u lezen?"));
    }
    return pdf;
}

bool saveAtomically(const QByteArray &pdf, const QString &path)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size() && file.commit();
}

void printRow(const char *figure, double value, double baseline)
{
    std::printf("%-46s %10.2f ms %10.2f ms %7.1fx\n", figure, value, baseline,
        baseline > 0 ? value / baseline : 0.0);
}

bool benchPdf(int runs)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return false;
    const mapje::MapjeContent content = mapjefixture::full();
    const QString path = dir.filePath(QStringLiteral("mapje.pdf"));
    const QString basePath = dir.filePath(QStringLiteral("baseline.pdf"));

    // The first PDF of the process also loads the fonts and draws the faces: what a citizen
    // waits for after the first tap. It has no fair baseline (whatever runs second finds the
    // fonts loaded), so it is printed on its own.
    QElapsedTimer first;
    first.start();
    int pages = 0;
    const QByteArray firstPdf = mapje::MapjePdf::build(content, &pages);
    if (firstPdf.isEmpty() || !mapje::MapjePdf::writeFile(firstPdf, path).ok())
        return false;
    const double firstMapje = milliseconds(first);
    const QByteArray basePdf = baselinePdf();
    if (basePdf.isEmpty() || !saveAtomically(basePdf, basePath))
        return false;

    QByteArray pdf;
    const std::vector<double> build = timeRuns(runs, [&] {
        pdf = mapje::MapjePdf::build(content);
        return !pdf.isEmpty();
    });
    const std::vector<double> baseBuild = timeRuns(runs, [&] { return !baselinePdf().isEmpty(); });
    const std::vector<double> write
        = timeRuns(runs, [&] { return mapje::MapjePdf::writeFile(pdf, path).ok(); });
    const std::vector<double> baseWrite
        = timeRuns(runs, [&] { return saveAtomically(basePdf, basePath); });
    const std::vector<double> total = timeRuns(runs,
        [&] { return mapje::MapjePdf::writeFile(mapje::MapjePdf::build(content), path).ok(); });
    const std::vector<double> baseTotal
        = timeRuns(runs, [&] { return saveAtomically(baselinePdf(), basePath); });
    if (build.empty() || baseBuild.empty() || write.empty() || baseWrite.empty() || total.empty()
        || baseTotal.empty())
        return false;

    std::printf(
        "%-46s %10.2f ms %13s\n", "first PDF of the process (build + write)", firstMapje, "-");
    printRow("build in memory, p50", percentile(build, 0.5), percentile(baseBuild, 0.5));
    printRow("build in memory, p95", percentile(build, 0.95), percentile(baseBuild, 0.95));
    printRow("write with QSaveFile, p50", percentile(write, 0.5), percentile(baseWrite, 0.5));
    printRow("build + write, p50", percentile(total, 0.5), percentile(baseTotal, 0.5));
    printRow("build + write, p95", percentile(total, 0.95), percentile(baseTotal, 0.95));
    std::printf("%-46s %10.1f KiB %9.1f KiB\n", "PDF size", double(pdf.size()) / 1024.0,
        double(basePdf.size()) / 1024.0);
    std::printf("%-46s %10d %13d\n", "pages", pages, 1);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int runs = quick ? 3 : 31;

    std::printf("Mapje PDF benchmark%s: the full mapje (14 domains x 4 perspectives, 10 goals x 4 "
                "steps, 8 questions)\n(baseline: QPdfWriter, one A4 page with one paragraph, same "
                "font and resolution; %d runs)\n",
        quick ? " - quick mode, figures are rough" : "", runs);
    std::printf("%-46s %13s %13s %8s\n", "figure", "mapje", "baseline", "ratio");
    const bool ok = benchPdf(runs);
    if (!ok)
        std::printf("A benchmark could not run.\n");
    return ok ? 0 : 1;
}
