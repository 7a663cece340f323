# What every feature's C++ shares: the asset pictures and their provider, domain names in words,
# list rows, local times, the save retry, whole-word letter sizes, the window size, the
# right-to-left translator, the speech engines and the Tab order of siblings.
# This folder's C++ in the module "Mapje"; app/ui/CMakeLists.txt reads every sources.cmake.
set(mapje_folder_sources
    assetpaths.h
    assetsvgprovider.h assetsvgprovider.cpp
    domainnames.h domainnames.cpp
    listrows.h listrows.cpp
    localtimes.h localtimes.cpp
    saveretry.h saveretry.cpp
    righttolefttranslator.h righttolefttranslator.cpp
    speechengine.h
    qtspeechengine.h qtspeechengine.cpp
    taborder.h taborder.cpp
    wholewordsize.h wholewordsize.cpp
    windowsize.h windowsize.cpp
)
