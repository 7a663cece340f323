#pragma once

#include "core/consent.h"

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <optional>

namespace mapje {

/**
 * One line of the consent log ("Wat heb ik gedeeld?"): which item left the device, how, when and
 * to where. A share with the municipality, its withdrawal, a PDF saved or a printout.
 */
class ShareRecord {
public:
    enum class Channel {
        Municipality, ///< sent to the paired municipality
        Withdrawn, ///< she took a share back
        PdfSaved, ///< the mapje written as a PDF file
        Printed, ///< the mapje sent to a printer
    };

    explicit ShareRecord(
        Consent::ItemKind itemKind, QString itemId, QDateTime when, QString endpoint);

    [[nodiscard]] Consent::ItemKind itemKind() const { return m_itemKind; }
    [[nodiscard]] QString itemId() const { return m_itemId; }
    [[nodiscard]] QDateTime when() const { return m_when; }
    /** The name of the place it was sent to, e.g. "Gemeente Eindhoven". */
    [[nodiscard]] QString endpoint() const { return m_endpoint; }
    [[nodiscard]] Channel channel() const { return m_channel; }
    void setChannel(Channel channel) { m_channel = channel; }
    /** How she recognises the item, in her own words ("Mijn bord", a goal's words, a file name). */
    [[nodiscard]] QString what() const { return m_what; }
    void setWhat(const QString &what) { m_what = what; }

    /** Stable text keys for storage: "municipality", "withdrawn", "pdfSaved", "printed". */
    [[nodiscard]] static QString channelKey(Channel channel);
    [[nodiscard]] static std::optional<Channel> channelFromKey(QStringView key);

    friend bool operator==(const ShareRecord &, const ShareRecord &) = default;

private:
    Consent::ItemKind m_itemKind;
    QString m_itemId;
    QDateTime m_when;
    QString m_endpoint;
    Channel m_channel = Channel::Municipality;
    QString m_what;
};

} // namespace mapje
