# Precompiled Qt headers: most of the build's ~600 C++ files spend more time reading Qt's headers
# than compiling their own code (app/core/goal.cpp: 2.9 s, of which 2.0 s only parsing), and most
# targets are a test of one file, so a precompiled header of their own would not pay. Two shared
# ones instead, each made once: "core" (QtCore) and "quick" (QtCore, QtGui, QtQml, QtQuick and
# what qmlcachegen's files include). Every C++ target of the project reuses the one its Qt modules
# allow: the quick one when it links Qt Quick, directly or through a library, else the core one.
#
# QtTest is left out on purpose: its headers depend on QT_TESTCASE_BUILDDIR, which differs per
# folder. GCC checks each use (-Winvalid-pch, which CMake adds) and falls back to the headers
# themselves when a file's macros do not fit, so a mismatch costs time, never correctness.
#
# -DMAPJE_PRECOMPILED_HEADERS=OFF builds without, for instance to check that every file includes
# what it uses (a precompiled header would hide a missing include).
option(MAPJE_PRECOMPILED_HEADERS "Precompile the Qt headers most files include" ON)

set(mapje_pch_core_headers
    <QtCore/QAbstractListModel>
    <QtCore/QByteArray>
    <QtCore/QCoreApplication>
    <QtCore/QDateTime>
    <QtCore/QDir>
    <QtCore/QElapsedTimer>
    <QtCore/QFile>
    <QtCore/QFileInfo>
    <QtCore/QHash>
    <QtCore/QJsonArray>
    <QtCore/QJsonDocument>
    <QtCore/QJsonObject>
    <QtCore/QList>
    <QtCore/QLocale>
    <QtCore/QObject>
    <QtCore/QRegularExpression>
    <QtCore/QSet>
    <QtCore/QStandardPaths>
    <QtCore/QString>
    <QtCore/QStringList>
    <QtCore/QTemporaryDir>
    <QtCore/QTimeZone>
    <QtCore/QTimer>
    <QtCore/QUrl>
    <QtCore/QUuid>
    <QtCore/QVariant>
    <functional>
    <memory>
    <optional>)
set(mapje_pch_quick_headers
    ${mapje_pch_core_headers}
    <QtGui/QGuiApplication>
    <QtGui/QImage>
    <QtGui/QPainter>
    <QtQml/QJSEngine>
    <QtQml/QJSValue>
    <QtQml/QQmlComponent>
    <QtQml/QQmlContext>
    <QtQml/QQmlEngine>
    <QtQml/qqmlprivate.h>
    <QtQml/qqmlregistration.h>
    <QtQuick/QQuickItem>
    <QtQuick/QQuickWindow>)

# mapje_link_closure(<target> <out_var>): every target <target> links, directly or through the
# usage requirements of another, for the compile (not $<LINK_ONLY:...>).
function(mapje_link_closure target out_var)
    set(seen)
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue current)
        if(NOT TARGET ${current} OR current IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${current})
        set(next)
        get_target_property(type ${current} TYPE)
        if(current STREQUAL target AND NOT type STREQUAL "INTERFACE_LIBRARY")
            get_target_property(direct ${current} LINK_LIBRARIES)
            if(direct)
                list(APPEND next ${direct})
            endif()
        endif()
        get_target_property(usage ${current} INTERFACE_LINK_LIBRARIES)
        if(usage)
            list(APPEND next ${usage})
        endif()
        foreach(item IN LISTS next)
            if(NOT item MATCHES "^\\$<")
                list(APPEND queue ${item})
            endif()
        endforeach()
    endwhile()
    set(${out_var} ${seen} PARENT_SCOPE)
endfunction()

# mapje_targets_below(<dir> <out_var>): the targets defined in <dir> and every folder below it.
function(mapje_targets_below dir out_var)
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(subdir IN LISTS subdirs)
        mapje_targets_below(${subdir} below)
        list(APPEND targets ${below})
    endforeach()
    set(${out_var} ${targets} PARENT_SCOPE)
endfunction()

# mapje_use_precompiled_headers(): called once every target exists (the end of the top
# CMakeLists.txt); gives each C++ target of the project its shared precompiled header.
function(mapje_use_precompiled_headers)
    if(NOT MAPJE_PRECOMPILED_HEADERS)
        return()
    endif()
    set(donor_source ${CMAKE_CURRENT_BINARY_DIR}/mapje_pch.cpp)
    file(CONFIGURE OUTPUT ${donor_source} CONTENT "// The precompiled headers' own target.\n")
    add_library(mapje_pch_core STATIC ${donor_source})
    target_link_libraries(mapje_pch_core PRIVATE Qt6::Core)
    target_precompile_headers(mapje_pch_core PRIVATE ${mapje_pch_core_headers})
    add_library(mapje_pch_quick STATIC ${donor_source})
    target_link_libraries(mapje_pch_quick PRIVATE Qt6::Core Qt6::Gui Qt6::Qml Qt6::Quick)
    target_precompile_headers(mapje_pch_quick PRIVATE ${mapje_pch_quick_headers})

    mapje_targets_below(${PROJECT_SOURCE_DIR} targets)
    foreach(target IN LISTS targets)
        if(target MATCHES "^mapje_pch_")
            continue()
        endif()
        get_target_property(type ${target} TYPE)
        if(NOT type MATCHES "^(EXECUTABLE|STATIC_LIBRARY)$")
            continue() # plugins (module and shared libraries) and Qt's own object libraries
        endif()
        get_target_property(sources ${target} SOURCES)
        if(NOT sources MATCHES "\\.cpp(;|$)")
            continue() # C and assembly only (cmake/LazyLibrary.cmake)
        endif()
        get_target_property(definitions ${target} COMPILE_DEFINITIONS)
        if(definitions MATCHES "QT_(STATIC)?PLUGIN")
            continue() # Qt's plugin macros change what its headers declare
        endif()
        mapje_link_closure(${target} linked)
        if("Qt6::Quick" IN_LIST linked)
            target_precompile_headers(${target} REUSE_FROM mapje_pch_quick)
        elseif("Qt6::Core" IN_LIST linked)
            target_precompile_headers(${target} REUSE_FROM mapje_pch_core)
        else()
            continue()
        endif()
        # A test's moc output goes into its own .cpp (#include "tst_x.moc"), which leaves AUTOMOC's
        # file for the target empty: loading the header there would cost 0.5 s for nothing.
        if(type STREQUAL "EXECUTABLE")
            get_target_property(binary_dir ${target} BINARY_DIR)
            set_source_files_properties(${binary_dir}/${target}_autogen/mocs_compilation.cpp
                TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
        endif()
    endforeach()
endfunction()
