#pragma once

#include <QJSEngine>

/**
 * What every controller's QML create() does: hand QML the one instance the composition root
 * published, and keep ownership in C++ so the engine never deletes it.
 */
template<typename T> T *publishedSingleton(T *published, const char *type)
{
    Q_ASSERT_X(published, type, "the composition root publishes it before QML loads");
    Q_UNUSED(type)
    QJSEngine::setObjectOwnership(published, QJSEngine::CppOwnership);
    return published;
}
