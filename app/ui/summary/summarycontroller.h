#pragma once

#include <QBuffer>
#include <QObject>
#include <QTimeZone>
#include <functional>
#include <memory>
#include <optional>

#include "core/board.h"
#include "export/exportplace.h"
#include "export/mapjeoutput.h"
#include "ui/summary/summarycomposer.h"
#include "ui/summary/summaryitemsmodel.h"

namespace mapje {

class LanguageController;
class AppointmentRepository;
class Clock;
class GoalRepository;
class SettingsStore;

/**
 * The mapje the citizen carries: they choose item by item what goes in, see it large ("Laat
 * zien"), and before anything leaves the device they see the real PDF pages and say yes. What is
 * saved or printed is exactly what was shown.
 */
class SummaryController : public QObject {
    Q_OBJECT
    Q_PROPERTY(mapje::SummaryItemsModel *items READ items CONSTANT)
    Q_PROPERTY(mapje::SummaryItemsModel *shown READ shown CONSTANT)
    Q_PROPERTY(QString ownerName READ ownerName NOTIFY ownerNameChanged)
    Q_PROPERTY(bool previewReady READ previewReady NOTIFY previewChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY previewChanged)
    Q_PROPERTY(QObject *previewDocument READ previewDocument NOTIFY previewChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY messageChanged)
    Q_PROPERTY(QString savedFolder READ savedFolder NOTIFY messageChanged)
    Q_PROPERTY(QStringList placeNames READ placeNames NOTIFY placeChanged)
    Q_PROPERTY(int place READ place NOTIFY placeChanged)
    // A kiosk keeps no file: no place to save to, only its own printer (or none).
    Q_PROPERTY(bool canSave READ canSave CONSTANT)
    Q_PROPERTY(bool canPrint READ canPrint NOTIFY printingChanged)

public:
    /** What to print on; the default printer of the system unless a test gives another. */
    using PrinterFactory = MapjeOutput::PrinterFactory;

    /** places: where the citizen may keep the PDF, the first one chosen until they pick another.
     */
    SummaryController(const Clock &clock, QTimeZone zone, QList<ExportPlace> places,
        const LanguageController &language, QObject *parent);
    ~SummaryController() override;

    /** The board the citizen has open now. */
    void setBoardSource(std::function<std::optional<Board>()> board);
    /** nullptr while the vault is locked. */
    void setStores(
        GoalRepository *goals, AppointmentRepository *appointments, SettingsStore *settings);
    void setPrinterFactory(PrinterFactory factory) { m_printerFactory = std::move(factory); }
    /** Whether printing is offered, and on which printer (empty: the system's default); a kiosk
     * sets both from its config. */
    void setPrinting(bool allowed, const QString &printerName);
    [[nodiscard]] bool canSave() const { return !m_places.isEmpty(); }
    [[nodiscard]] bool canPrint() const { return m_printingAllowed; }

    [[nodiscard]] SummaryItemsModel *items() const { return m_items; }
    [[nodiscard]] SummaryItemsModel *shown() const { return m_shown; }
    [[nodiscard]] QString ownerName() const;
    [[nodiscard]] bool previewReady() const { return !m_pdf.isEmpty() && pageCount() > 0; }
    [[nodiscard]] int pageCount() const;
    [[nodiscard]] QObject *previewDocument() const;
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString savedPath() const { return m_savedPath; }
    /** The folder of the saved file, wrapped as left-to-right text so it reads whole in Arabic. */
    [[nodiscard]] QString savedFolder() const;
    /** The places to save in, named in the citizen's language ("Documenten", "Bureaublad"). */
    [[nodiscard]] QStringList placeNames() const;
    [[nodiscard]] int place() const { return m_place; }
    /** The PDF the preview shows, byte for byte what save() writes. */
    [[nodiscard]] QByteArray previewPdf() const { return m_pdf; }
    [[nodiscard]] MapjeContent content() const;

    /** Reads board, goals and appointments again; the pages call it when they open. */
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void setIncluded(const QString &key, bool included);
    /** An optional name for the top of the mapje; "" leaves it out. */
    Q_INVOKABLE void setOwnerName(const QString &name);
    /** Builds the PDF of the current choices in memory, for the preview. Nothing is written.
     * Returns this preview's number, for closePreview. */
    Q_INVOKABLE int preparePreview();
    /** The citizen picks where the next save goes (an index into placeNames). */
    Q_INVOKABLE void choosePlace(int index);
    /** After a yes: writes exactly the previewed PDF into the chosen place, under a name no other
     * file has, so an earlier mapje is never replaced. */
    Q_INVOKABLE bool save();
    /** Opens the folder of the saved file in the device's file manager; false when it cannot. */
    Q_INVOKABLE bool showFolder() const;
    /** After a yes: prints the same mapje on the printer. */
    Q_INVOKABLE bool print();
    /** The preview is closed: the PDF is dropped from memory. With a preview's number, only if
     * no newer preview has been made since: a page that goes away after the next one opened
     * does not close that one. */
    Q_INVOKABLE void closePreview(int preview = 0);

signals:
    void printingChanged();
    void ownerNameChanged();
    void previewChanged();
    void messageChanged();
    void placeChanged();
    /** The mapje left the device: for "Wat heb ik gedeeld?" (where: the folder in her words). */
    void pdfSaved(const QString &where, const QString &fileName);
    void sentToPrinter(const QString &printerName);

private:
    [[nodiscard]] SummaryComposer::Sources sources() const;
    [[nodiscard]] SummaryComposer::Choices choices() const;
    void saveChoices(const SummaryComposer::Choices &choices);
    void setMessage(const QString &message, const QString &path = {});
    [[nodiscard]] static QString placeName(ExportPlace::Kind kind);

    const Clock &m_clock;
    QTimeZone m_zone;
    QList<ExportPlace> m_places;
    int m_place = 0;
    const LanguageController &m_language;
    std::function<std::optional<Board>()> m_board;
    GoalRepository *m_goals = nullptr;
    AppointmentRepository *m_appointments = nullptr;
    SettingsStore *m_settings = nullptr;
    PrinterFactory m_printerFactory;
    bool m_printingAllowed = true;
    QString m_printerName;
    SummaryItemsModel *m_items;
    SummaryItemsModel *m_shown;
    QByteArray m_pdf;
    QBuffer m_pdfBuffer;
    /** A Qt PDF document, made by the PDF plugin on the first preview. */
    QObject *m_document = nullptr;
    int m_previewNumber = 0;
    QString m_message;
    QString m_savedPath;
};

} // namespace mapje
