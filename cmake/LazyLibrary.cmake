# A C library the first page does not need (SQLCipher, libsodium, libical) is loaded on its
# first call instead of at start: Implib.so generates a small stub for each of its functions that
# dlopens the library once (docs/decisions/lazy-libraries.md). The headers and flags still come
# from pkg-config; only the link changes.
enable_language(ASM)
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(MAPJE_IMPLIB_GEN ${PROJECT_SOURCE_DIR}/third_party/implib.so/implib-gen.py)

# mapje_lazy_library(<target> <pkg-config target> <library name>) makes a static <target> that
# links like <pkg-config target> but loads lib<library name>.so on first use.
function(mapje_lazy_library target pkg_target library)
    find_library(${target}_SO NAMES ${library} REQUIRED NO_CACHE)
    # Resolve the symlink so a library upgrade regenerates the stubs.
    file(REAL_PATH ${${target}_SO} shared_object)
    get_filename_component(shared_name ${${target}_SO} NAME)
    set(out ${CMAKE_CURRENT_BINARY_DIR}/${target})
    add_custom_command(
        OUTPUT ${out}/${shared_name}.tramp.S ${out}/${shared_name}.init.c
        COMMAND Python3::Interpreter ${MAPJE_IMPLIB_GEN} -q --outdir ${out} ${${target}_SO}
        DEPENDS ${MAPJE_IMPLIB_GEN} ${shared_object}
        COMMENT "Lazy-loading stubs for ${shared_name}"
        VERBATIM)
    add_library(${target} STATIC ${out}/${shared_name}.tramp.S ${out}/${shared_name}.init.c)
    set_target_properties(${target} PROPERTIES LINKER_LANGUAGE C)
    target_include_directories(${target} INTERFACE
        $<TARGET_PROPERTY:${pkg_target},INTERFACE_INCLUDE_DIRECTORIES>)
    target_compile_options(${target} INTERFACE
        $<TARGET_PROPERTY:${pkg_target},INTERFACE_COMPILE_OPTIONS>)
    target_link_libraries(${target} PUBLIC ${CMAKE_DL_LIBS} Threads::Threads)
endfunction()
