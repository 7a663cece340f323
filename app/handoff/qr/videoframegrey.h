#pragma once

#include <QImage>

class QVideoFrame;

namespace mapje {

/**
 * The brightness of a camera's frame as a grey picture, which is all a QR reader looks at.
 * Cameras mostly give YUV frames whose first plane (or every other byte) already is the
 * brightness: that is copied as it is, far cheaper than QVideoFrame::toImage()'s conversion to
 * colour; other frames go through toImage(). Runs on the reading thread.
 */
class VideoFrameGrey {
public:
    /** A null image when the frame cannot be read. */
    [[nodiscard]] static QImage of(const QVideoFrame &frame);
};

} // namespace mapje
