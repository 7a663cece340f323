#pragma once

#include "staffweb/html.h"
#include "storage/sharestore.h"

#include <QList>

namespace mapje::endpoint {

/**
 * What a citizen shares, as her own mapje says it (app/export/mapjedocument.cpp): her board as
 * "Wat belangrijk is voor mij" in the order she chose, each face as a picture with its word,
 * others' views under "<who> zegt:", her goals in her own words, the appointments she prepared
 * and the moments she looked back on. Nothing is added: no count, no summary, no colour.
 */
namespace ShareHtml {

/** The shares, grouped as in the mapje (board, goals, appointments, moments), each group in the
 * order they came in; `level` is the heading level of the groups (2 or 3). */
void write(Html &html, const QList<ShareStore::Stored> &shares, int level = 2);

} // namespace ShareHtml

} // namespace mapje::endpoint
