# The app must not load SQLCipher, libcrypto, libsodium or libical at start: they are linked
# through load-on-first-use stubs (docs/decisions/lazy-libraries.md). Fails, naming the library,
# when a target links one of them directly again. Run with -DAPP=<path to mapje>.
execute_process(COMMAND readelf -d ${APP} OUTPUT_VARIABLE dynamic RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "readelf could not read ${APP}")
endif()
string(REGEX MATCHALL "NEEDED\\)[^\n]*" needed "${dynamic}")
list(LENGTH needed count)
if(count EQUAL 0)
    message(FATAL_ERROR "no NEEDED entries found in ${APP}: is it a dynamic executable?")
endif()
foreach(library sqlcipher crypto sodium ical)
    if(needed MATCHES "\\[lib${library}\\.so")
        message(FATAL_ERROR "${APP} loads lib${library} at start; link mapje_lazy_* instead")
    endif()
endforeach()
message(STATUS "${count} libraries at start, none of sqlcipher, crypto, sodium, ical")
