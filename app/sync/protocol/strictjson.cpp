#include "sync/protocol/strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>
#include <QSet>

namespace mapje::protocol {

namespace {

struct Frame {
    bool isObject = false;
    bool expectKey = false;
    QSet<QString> keys;
    QString key; // the current member's key, or the current index of an array
    int index = 0;
};

QString pointerOf(const QList<Frame> &frames)
{
    QString pointer;
    for (const Frame &frame : frames) {
        QString part = frame.isObject ? frame.key : QString::number(frame.index);
        part.replace(QLatin1Char('~'), QStringLiteral("~0"))
            .replace(QLatin1Char('/'), QStringLiteral("~1"));
        pointer += QLatin1Char('/') + part;
    }
    return pointer;
}

// A key exactly as a JSON reader sees it: escapes decoded by Qt's own parser.
QString keyText(QByteArrayView raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    const QByteArray wrapped = "[\"" + raw.toByteArray() + "\"]";
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

// Walks text that Qt's parser already accepted: only strings, brackets and commas matter.
std::optional<ProtocolError> checkStructure(QByteArrayView text, int maxDepth)
{
    QList<Frame> frames;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            const qsizetype start = ++i;
            while (i < text.size() && text[i] != '"')
                i += text[i] == '\\' ? 2 : 1;
            if (!frames.isEmpty() && frames.last().isObject && frames.last().expectKey) {
                Frame &frame = frames.last();
                frame.key = keyText(text.sliced(start, i - start));
                frame.expectKey = false;
                if (frame.keys.contains(frame.key))
                    return ProtocolError {ProtocolError::Kind::DuplicateKey, pointerOf(frames)};
                frame.keys.insert(frame.key);
            }
        } else if (c == '{' || c == '[') {
            if (frames.size() >= maxDepth)
                return ProtocolError {ProtocolError::Kind::TooDeep, pointerOf(frames)};
            Frame frame;
            frame.isObject = c == '{';
            frame.expectKey = frame.isObject;
            frames.append(frame);
        } else if (c == '}' || c == ']') {
            if (!frames.isEmpty())
                frames.removeLast();
        } else if (c == ',' && !frames.isEmpty()) {
            Frame &frame = frames.last();
            if (frame.isObject)
                frame.expectKey = true;
            else
                ++frame.index;
        }
    }
    return std::nullopt;
}

} // namespace

Decoded<QJsonObject> parseStrictObject(QByteArrayView body, qsizetype maxBytes, int maxDepth)
{
    if (body.size() > maxBytes)
        return ProtocolError {ProtocolError::Kind::TooLarge, {}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ProtocolError {ProtocolError::Kind::NotJson, {}};
    if (const auto error = checkStructure(body, maxDepth))
        return *error;
    return document.object();
}

} // namespace mapje::protocol
