#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

// poppler-utils as an independent reader of the PDFs: what a person's PDF reader sees.
namespace pdftools {

/** The standard output of a poppler tool; empty (and ok false) when it did not run cleanly. */
inline QString run(const QString &program, const QStringList &arguments, bool *ok = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    const bool done = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
    if (ok)
        *ok = done;
    return done ? QString::fromUtf8(process.readAllStandardOutput()) : QString();
}

/** The text as pdftotext -layout reads it (pages separated by a form feed). */
inline QString text(const QString &pdf)
{
    return run(QStringLiteral(MAPJE_PDFTOTEXT),
        {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
            QStringLiteral("-")});
}

inline QString info(const QString &pdf, bool meta = false)
{
    QStringList arguments;
    if (meta)
        arguments << QStringLiteral("-meta");
    return run(QStringLiteral(MAPJE_PDFINFO), arguments << pdf);
}

inline QString fonts(const QString &pdf)
{
    return run(QStringLiteral(MAPJE_PDFFONTS), {pdf});
}

/** Where a line of text sits on the page, in points from the left edge. */
struct Line {
    double xMin = 0;
    double xMax = 0;
};

/** The lines of page 1 as pdftotext -bbox-layout places them, top to bottom. */
inline QList<Line> linesOfFirstPage(const QString &pdf)
{
    const QString xhtml = run(QStringLiteral(MAPJE_PDFTOTEXT),
        {QStringLiteral("-bbox-layout"), QStringLiteral("-f"), QStringLiteral("1"),
            QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    QList<Line> lines;
    QXmlStreamReader xml(xhtml);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("line")) {
            lines.append({xml.attributes().value(QLatin1String("xMin")).toDouble(),
                xml.attributes().value(QLatin1String("xMax")).toDouble()});
        }
    }
    return xml.hasError() ? QList<Line>() : lines;
}

/** One line of "Key:   value" from pdfinfo. */
inline QString infoField(const QString &info, const QString &key)
{
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(key + QLatin1Char(':')))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

/** Every run of white space (line ends and -layout's padding too) as one space. */
inline QString flat(const QString &text)
{
    return text.simplified();
}

} // namespace pdftools
