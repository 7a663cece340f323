#include "ui/summary/summarycontroller.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/clock.h"
#include "export/mapjepdf.h"
#include "export/unusedfilename.h"
#include "storage/appointmentrepository.h"
#include "storage/goalrepository.h"
#include "storage/keytextstore.h"
#include "ui/settings/languagecontroller.h"
#include "ui/shared/localtimes.h"

namespace mapje {

namespace {
const QString kChoicesKey = QStringLiteral("mapje.choices");
const QString kOwnerNameKey = QStringLiteral("mapje.ownerName");
// Unicode's left-to-right isolate and its end: a path inside Arabic text keeps its own order.
const QChar kLeftToRightIsolate(0x2066);
const QChar kPopDirectionalIsolate(0x2069);

QString leftToRight(const QString &text)
{
    return kLeftToRightIsolate + text + kPopDirectionalIsolate;
}

// A file's name is one word to a reader: a word joiner after each hyphen keeps a line from ending
// inside "mapje-2026-12-06.pdf" (in Arabic ".06.pdf" would then stand alone on the next line).
QString keptWhole(QString fileName)
{
    return fileName.replace(QLatin1Char('-'), QStringLiteral("-\u2060"));
}

} // namespace

SummaryController::SummaryController(const Clock &clock, QTimeZone zone, QList<ExportPlace> places,
    const LanguageController &language, QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_zone(std::move(zone)),
      m_places(std::move(places)),
      m_language(language),
      m_items(new SummaryItemsModel(this)),
      m_shown(new SummaryItemsModel(this))
{
}

SummaryController::~SummaryController() = default;

void SummaryController::setBoardSource(std::function<std::optional<Board>()> board)
{
    m_board = std::move(board);
}

void SummaryController::setStores(
    GoalRepository *goals, AppointmentRepository *appointments, SettingsStore *settings)
{
    m_goals = goals;
    m_appointments = appointments;
    m_settings = settings;
    closePreview();
    refresh();
    emit ownerNameChanged();
}

QString SummaryController::ownerName() const
{
    return m_settings ? m_settings->value(kOwnerNameKey) : QString();
}

int SummaryController::pageCount() const
{
    MapjeOutput *output = m_document ? MapjeOutput::instance() : nullptr;
    return output ? output->pageCount(m_document) : 0;
}

QObject *SummaryController::previewDocument() const
{
    return m_document;
}

MapjeContent SummaryController::content() const
{
    return SummaryComposer::content(
        sources(), choices(), ownerName(), m_language.current(), m_language.rightToLeft());
}

void SummaryController::refresh()
{
    const QList<SummaryItem> all = SummaryComposer::items(sources(), choices());
    QList<SummaryItem> in;
    for (const SummaryItem &item : all) {
        if (item.included)
            in.append(item);
    }
    m_items->setItems(all);
    m_shown->setItems(in);
}

void SummaryController::setIncluded(const QString &key, bool included)
{
    SummaryComposer::Choices current = choices();
    current.insert(key, included);
    saveChoices(current);
    refresh();
}

void SummaryController::setOwnerName(const QString &name)
{
    if (!m_settings || name.trimmed() == ownerName())
        return;
    m_settings->setValue(kOwnerNameKey, name.trimmed());
    emit ownerNameChanged();
}

int SummaryController::preparePreview()
{
    closePreview();
    m_pdf = MapjePdf::build(content());
    m_pdfBuffer.setData(m_pdf);
    m_pdfBuffer.open(QIODevice::ReadOnly);
    // Made on first use: Qt PDF is not needed to start the app, so it comes with the plugin.
    MapjeOutput *output = MapjeOutput::instance();
    if (output && !m_document) {
        m_document = output->createDocument(this);
        output->whenStatusChanges(m_document, this, [this] { emit previewChanged(); });
    }
    if (output)
        output->load(m_document, &m_pdfBuffer);
    emit previewChanged();
    return ++m_previewNumber;
}

QString SummaryController::savedFolder() const
{
    return m_savedPath.isEmpty()
        ? QString()
        : leftToRight(QDir::toNativeSeparators(QFileInfo(m_savedPath).absolutePath()));
}

QStringList SummaryController::placeNames() const
{
    QStringList names;
    for (const ExportPlace &place : m_places)
        names.append(placeName(place.kind));
    return names;
}

void SummaryController::choosePlace(int index)
{
    if (index < 0 || index >= m_places.size() || index == m_place)
        return;
    m_place = index;
    emit placeChanged();
}

bool SummaryController::save()
{
    if (m_pdf.isEmpty() || m_places.isEmpty())
        return false;
    const ExportPlace &place = m_places.at(m_place);
    const QString stem = QStringLiteral("mapje-%1").arg(LocalTimes::isoDate(m_clock.now(), m_zone));
    if (!QDir().mkpath(place.folder)) {
        setMessage(tr("Bewaren lukt nu niet. Misschien is er geen ruimte meer. "
                      "Je mapje in de app is veilig."));
        return false;
    }
    const QString path = UnusedFileName::in(place.folder, stem, QStringLiteral("pdf"));
    if (!MapjePdf::writeFile(m_pdf, path).ok()) {
        setMessage(tr("Bewaren lukt nu niet. Misschien is er geen ruimte meer. "
                      "Je mapje in de app is veilig."));
        return false;
    }
    //: %1 is a well-known folder of the device, in the citizen's words ("Documenten"). Mapje
    //: made a folder "Mapje" inside it; that name stays as it is.
    const QString where = tr("Je mapje staat in de map %1, in Mapje.").arg(placeName(place.kind));
    //: %1 is the file name, such as mapje-2026-12-06.pdf.
    const QString name
        = tr("Het bestand heet %1.").arg(leftToRight(keptWhole(QFileInfo(path).fileName())));
    // The file's name on a line of its own: if it must get smaller letters to stay whole, only
    // that line does.
    setMessage(where + QLatin1Char('\n') + name, path);
    emit pdfSaved(placeName(place.kind), QFileInfo(path).fileName());
    return true;
}

bool SummaryController::showFolder() const
{
    if (m_savedPath.isEmpty())
        return false;
    return QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_savedPath).absolutePath()));
}

void SummaryController::setPrinting(bool allowed, const QString &printerName)
{
    m_printingAllowed = allowed;
    m_printerName = printerName;
    emit printingChanged();
}

bool SummaryController::print()
{
    if (m_pdf.isEmpty() || !m_printingAllowed)
        return false;
    // Without the plugin nothing can be printed, as when the printer is off.
    MapjeOutput *output = MapjeOutput::instance();
    QString printerName;
    const MapjeOutput::Printed printed = output
        ? output->print(content(), m_printerFactory, m_printerName, &printerName)
        : MapjeOutput::Printed::Failed;
    if (printed == MapjeOutput::Printed::NoPrinter) {
        // A kiosk cannot save a file: the service desk can help with its printer.
        setMessage(canSave() ? tr("Er is geen printer gevonden. Bewaar je mapje als bestand. "
                                  "Dan kun je het ergens anders afdrukken.")
                             : tr("Er is geen printer gevonden. Vraag het aan de balie."));
        return false;
    }
    if (printed == MapjeOutput::Printed::Failed) {
        setMessage(tr("Afdrukken lukt nu niet. Kijk of de printer aan staat. "
                      "Je mapje in de app is veilig."));
        return false;
    }
    setMessage(printerName.isEmpty() ? tr("Je mapje gaat naar de printer.")
                                     //: %1 is the name of the printer.
                                     : tr("Je mapje gaat naar de printer %1.").arg(printerName));
    emit sentToPrinter(printerName);
    return true;
}

void SummaryController::closePreview(int preview)
{
    if (preview != 0 && preview != m_previewNumber)
        return;
    if (MapjeOutput *output = m_document ? MapjeOutput::instance() : nullptr)
        output->close(m_document);
    m_pdfBuffer.close();
    m_pdf.clear();
    m_pdfBuffer.setData(QByteArray());
    setMessage({});
    emit previewChanged();
}

SummaryComposer::Sources SummaryController::sources() const
{
    SummaryComposer::Sources sources;
    if (m_board && m_settings)
        sources.board = m_board();
    if (m_goals)
        sources.goals = m_goals->all();
    if (m_appointments)
        sources.appointments = m_appointments->all();
    sources.now = m_clock.now();
    sources.zone = m_zone;
    return sources;
}

SummaryComposer::Choices SummaryController::choices() const
{
    SummaryComposer::Choices choices;
    if (!m_settings)
        return choices;
    const QJsonObject stored
        = QJsonDocument::fromJson(m_settings->value(kChoicesKey).toUtf8()).object();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        choices.insert(it.key(), it.value().toBool());
    return choices;
}

void SummaryController::saveChoices(const SummaryComposer::Choices &choices)
{
    if (!m_settings)
        return;
    QJsonObject stored;
    for (auto it = choices.begin(); it != choices.end(); ++it)
        stored.insert(it.key(), it.value());
    m_settings->setValue(
        kChoicesKey, QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
}

void SummaryController::setMessage(const QString &message, const QString &path)
{
    if (message == m_message && path == m_savedPath)
        return;
    m_message = message;
    m_savedPath = path;
    emit messageChanged();
}

QString SummaryController::placeName(ExportPlace::Kind kind)
{
    switch (kind) {
    case ExportPlace::Kind::Desktop:
        //: The desktop folder of the computer, as people call it.
        return tr("Bureaublad");
    case ExportPlace::Kind::Downloads:
        //: The downloads folder of the device, as people call it.
        return tr("Downloads");
    case ExportPlace::Kind::Documents:
        break;
    }
    //: The documents folder of the device, as people call it.
    return tr("Documenten");
}

} // namespace mapje
