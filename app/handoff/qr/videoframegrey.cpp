#include "handoff/qr/videoframegrey.h"

#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <cstring>

namespace mapje {

namespace {

/** Where the brightness of a pixel lies in the first plane: the byte at first + step × x. */
struct LumaLayout {
    int first = 0;
    int step = 0; // 0: no such layout, convert the frame instead
};

LumaLayout lumaLayoutOf(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_Y8:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
        return {0, 1};
    case QVideoFrameFormat::Format_YUYV:
        return {0, 2};
    case QVideoFrameFormat::Format_UYVY:
        return {1, 2};
    default:
        return {};
    }
}

QImage copyLuma(QVideoFrame &frame, LumaLayout layout)
{
    if (!frame.map(QVideoFrame::ReadOnly))
        return {};
    const int width = frame.width();
    const int height = frame.height();
    QImage grey(width, height, QImage::Format_Grayscale8);
    const uchar *plane = frame.bits(0);
    const int stride = frame.bytesPerLine(0);
    // The bytes one row needs; a frame that says it has fewer is not read past its end.
    const int rowBytes = layout.first + layout.step * (width - 1) + 1;
    const bool fits = plane && width > 0 && height > 0 && stride >= rowBytes
        && frame.mappedBytes(0) >= stride * (height - 1) + rowBytes;
    for (int y = 0; fits && y < height; ++y) {
        const uchar *from = plane + y * stride + layout.first;
        uchar *to = grey.scanLine(y);
        if (layout.step == 1) {
            std::memcpy(to, from, width);
            continue;
        }
        for (int x = 0; x < width; ++x)
            to[x] = from[x * layout.step];
    }
    frame.unmap();
    return fits ? grey : QImage();
}

} // namespace

QImage VideoFrameGrey::of(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return {};
    const LumaLayout layout = lumaLayoutOf(frame.pixelFormat());
    if (layout.step > 0) {
        QVideoFrame mappable = frame; // shares the buffer; mapping only needs a non-const handle
        return copyLuma(mappable, layout);
    }
    return frame.toImage().convertToFormat(QImage::Format_Grayscale8);
}

} // namespace mapje
