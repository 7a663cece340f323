#include "core/contentfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtGlobal>

namespace mapje {

ContentFile::ContentFile(const QString &path, const char *context)
    : m_path(path), m_problems(QSharedPointer<QStringList>::create())
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems->append(path + QStringLiteral(": cannot be read: ") + file.errorString());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_problems->append(QStringLiteral("%1: not JSON at character %2: %3")
                               .arg(path)
                               .arg(parseError.offset)
                               .arg(parseError.errorString()));
        return;
    }
    if (!document.isObject()) {
        m_problems->append(path + QStringLiteral(": the file must hold one JSON object"));
        return;
    }
    m_top = document.object();
    const QString fileContext = m_top.value(QLatin1String("context")).toString();
    if (fileContext != QLatin1String(context)) {
        m_problems->append(QStringLiteral("%1: \"context\" must be \"%2\", not \"%3\"")
                               .arg(path, QLatin1String(context), fileContext));
    }
}

ContentItem ContentFile::top() const
{
    return ContentItem(m_path, QString(), m_top, m_problems);
}

void ContentFile::requireValid() const
{
    if (!isValid())
        qFatal("Mapje's content is broken: %s", qPrintable(error()));
}

} // namespace mapje
