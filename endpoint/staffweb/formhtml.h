#pragma once

#include "staffweb/html.h"

#include <QString>
#include <QStringList>

namespace mapje::endpoint {

/** One labelled field of a staff form, with its hint and, after a refused post, its reason. */
struct FormField {
    const char *name; ///< the form's name, also the element's id ("veld-<name>")
    QString label;
    const char *type = "text"; ///< text, date, time, password or textarea
    QString value;
    QString hint; ///< "" for none
    QString error; ///< "" when it is right
    bool required = true;
    int maxLength = 200;
    const char *autocomplete = "off";
};

namespace FormHtml {

/** <div class="veld"> with the <label>, the hint, the reason, and the field tied to both. */
void field(Html &html, const FormField &field);
/** A choice (select) with its label: value → words, `chosen` selected. */
void choice(Html &html, const char *name, const QString &label,
    const QList<QPair<QString, QString>> &options, const QString &chosen);
/** The sentence above a refused form, naming the fields to look at (role="alert"). */
void refusal(Html &html, const QString &sentence, const QStringList &fieldLabels);

} // namespace FormHtml

} // namespace mapje::endpoint
