#include "ui/shared/windowsize.h"

#include <QRegularExpression>
#include <QString>
#include <algorithm>

namespace mapje {

namespace {
// Room left around the window, so it is clearly a window and the panels stay free.
constexpr int kMargin = 48;
// Upright like a page: about four wide for every five high, so lines stay short to read.
constexpr double kWidthPerHeight = 0.8;
// Wider than this, lines of text get too long to read calmly.
constexpr int kMaxWidth = 900;
} // namespace

QSize WindowSize::forScreen(const QSize &available)
{
    if (!available.isValid() || available.width() < Phone.width() + 2 * kMargin
        || available.height() < Phone.height() + 2 * kMargin)
        return available.isValid() ? available : Phone; // a phone: all of it
    const int height = available.height() - 2 * kMargin;
    const int width = std::clamp(static_cast<int>(height * kWidthPerHeight), Phone.width(),
        std::min(kMaxWidth, available.width() - 2 * kMargin));
    return {width, height};
}

QSize WindowSize::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}

} // namespace mapje
