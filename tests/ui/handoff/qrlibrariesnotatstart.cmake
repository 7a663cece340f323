# The app must not load Qt Multimedia, zxing-cpp or libqrencode at start: the camera's reading is in
# a plugin loaded on first use, libqrencode behind a load-on-first-use stub. ldd lists every library
# the loader maps at start, also those another library needs. Run with -DAPP=<path to mapje>.
execute_process(COMMAND ldd ${APP} OUTPUT_VARIABLE mapped RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "ldd could not read ${APP}")
endif()
string(REGEX MATCHALL "=>" libraries "${mapped}")
list(LENGTH libraries count)
if(NOT mapped MATCHES "libQt6Quick\\.so")
    message(FATAL_ERROR "ldd ${APP} lists no Qt Quick: is it the app?\n${mapped}")
endif()
foreach(library Qt6Multimedia ZXing qrencode)
    if(mapped MATCHES "lib${library}[^ ]*\\.so")
        message(FATAL_ERROR "${APP} loads lib${library} at start (docs/decisions/qr-code-libraries.md)")
    endif()
endforeach()
message(STATUS "${count} libraries at start, none of Qt6Multimedia, ZXing, qrencode")
