// The plugin behind MapjeOutput: the only code of the app that links Qt PDF and Qt Print Support.
#include <QPdfDocument>
#include <QPrinter>

#include "export/mapjeoutput.h"
#include "export/mapjeprint.h"

#include <QPrinterInfo>

namespace {

QPdfDocument *pdf(QObject *document)
{
    return qobject_cast<QPdfDocument *>(document);
}

const QPdfDocument *pdf(const QObject *document)
{
    return qobject_cast<const QPdfDocument *>(document);
}

} // namespace

class MapjeOutputPlugin : public QObject, public mapje::MapjeOutput {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MapjeOutput_iid)
    Q_INTERFACES(mapje::MapjeOutput)

public:
    QObject *createDocument(QObject *parent) override { return new QPdfDocument(parent); }

    void load(QObject *document, QIODevice *device) override
    {
        if (QPdfDocument *found = pdf(document))
            found->load(device);
    }

    void close(QObject *document) override
    {
        if (QPdfDocument *found = pdf(document))
            found->close();
    }

    QMetaObject::Connection whenStatusChanges(
        QObject *document, QObject *context, std::function<void()> changed) override
    {
        QPdfDocument *found = pdf(document);
        return found ? connect(found, &QPdfDocument::statusChanged, context, std::move(changed))
                     : QMetaObject::Connection();
    }

    int pageCount(const QObject *document) const override
    {
        const QPdfDocument *found = pdf(document);
        return found && found->status() == QPdfDocument::Status::Ready ? found->pageCount() : 0;
    }

    QSizeF pagePointSize(const QObject *document, int page) const override
    {
        const QPdfDocument *found = pdf(document);
        return found && page < pageCount(document) ? found->pagePointSize(page) : QSizeF();
    }

    QImage renderPage(QObject *document, int page, QSize pixels) const override
    {
        QPdfDocument *found = pdf(document);
        return found && page < pageCount(document) ? found->render(page, pixels) : QImage();
    }

    Printed print(const mapje::MapjeContent &content, const PrinterFactory &factory,
        const QString &preferred, QString *printerName) override
    {
        std::unique_ptr<QPrinter> printer
            = factory ? factory() : mapje::MapjePrint::defaultPrinter(preferred);
        if (!printer)
            return Printed::NoPrinter;
        if (printerName)
            *printerName = printer->printerName();
        return mapje::MapjePrint::print(content, *printer) ? Printed::Yes : Printed::Failed;
    }

    PrinterStatus checkPrinter(const QString &preferred, QString *printerName) override
    {
        const QPrinterInfo info = preferred.isEmpty() ? QPrinterInfo::defaultPrinter()
                                                      : QPrinterInfo::printerInfo(preferred);
        if (printerName)
            *printerName = info.isNull() ? preferred : info.printerName();
        if (info.isNull())
            return PrinterStatus::Missing;
        switch (info.state()) {
        case QPrinter::Idle:
            return PrinterStatus::Ready;
        case QPrinter::Active:
            return PrinterStatus::Busy;
        case QPrinter::Aborted:
        case QPrinter::Error:
            break;
        }
        return PrinterStatus::Error;
    }
};

#include "mapjeoutputplugin.moc"
