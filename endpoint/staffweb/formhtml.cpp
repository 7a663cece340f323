#include "staffweb/formhtml.h"

namespace mapje::endpoint::FormHtml {

void field(Html &html, const FormField &field)
{
    const QString id = QStringLiteral("veld-") + QLatin1String(field.name);
    QStringList describedBy;
    html.open("div", {{"class", QStringLiteral("veld")}});
    html.element("label",
        field.required ? field.label : field.label + QStringLiteral(" (mag leeg blijven)"),
        {{"for", id}});
    if (!field.hint.isEmpty()) {
        html.element("p", field.hint,
            {{"class", QStringLiteral("uitleg")}, {"id", id + QStringLiteral("-uitleg")}});
        describedBy.append(id + QStringLiteral("-uitleg"));
    }
    if (!field.error.isEmpty()) {
        html.element("p", field.error,
            {{"class", QStringLiteral("fout")}, {"id", id + QStringLiteral("-fout")}});
        describedBy.append(id + QStringLiteral("-fout"));
    }
    Html::Attributes attributes {{"id", id}, {"name", QLatin1String(field.name)},
        {"maxlength", QString::number(field.maxLength)},
        {"autocomplete", QLatin1String(field.autocomplete)}};
    if (!describedBy.isEmpty())
        attributes.append({"aria-describedby", describedBy.join(QLatin1Char(' '))});
    if (!field.error.isEmpty())
        attributes.append({"aria-invalid", QStringLiteral("true")});
    // A boolean attribute is one with a null value.
    if (field.required)
        attributes.append({"required", QString()});
    if (qstrcmp(field.type, "textarea") == 0) {
        attributes.append({"rows", QStringLiteral("4")});
        html.element("textarea", field.value, attributes);
    } else {
        attributes.append({"type", QLatin1String(field.type)});
        attributes.append({"value", field.value});
        html.empty("input", attributes);
    }
    html.close();
}

void choice(Html &html, const char *name, const QString &label,
    const QList<QPair<QString, QString>> &options, const QString &chosen)
{
    const QString id = QStringLiteral("veld-") + QLatin1String(name);
    html.open("div", {{"class", QStringLiteral("veld")}})
        .element("label", label, {{"for", id}})
        .open("select", {{"id", id}, {"name", QLatin1String(name)}});
    for (const auto &[value, words] : options) {
        if (value == chosen)
            html.element("option", words, {{"value", value}, {"selected", QString()}});
        else
            html.element("option", words, {{"value", value}});
    }
    html.close().close();
}

void refusal(Html &html, const QString &sentence, const QStringList &fieldLabels)
{
    html.open("div", {{"class", QStringLiteral("melding")}, {"role", QStringLiteral("alert")}})
        .element("p", sentence);
    if (!fieldLabels.isEmpty()) {
        html.open("ul");
        for (const QString &label : fieldLabels)
            html.element("li", label);
        html.close();
    }
    html.close();
}

} // namespace mapje::endpoint::FormHtml
