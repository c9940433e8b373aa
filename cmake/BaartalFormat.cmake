# `format` rewrites every C++ source of the project with clang-format (style: .clang-format);
# `format-check` only reports, failing on the first file that is not formatted (for CI).
#   cmake --build --preset dev --target format
#   cmake --build --preset dev --target format-check
find_program(BAARTAL_CLANG_FORMAT NAMES clang-format clang-format-14 clang-format-15 clang-format-16
    DOC "clang-format used by the format and format-check targets")

set(_baartal_format_globs)
foreach(_dir IN ITEMS app core sync server ui tests bench)
    list(APPEND _baartal_format_globs
        "${PROJECT_SOURCE_DIR}/${_dir}/*.h"
        "${PROJECT_SOURCE_DIR}/${_dir}/*.cpp")
endforeach()
# CONFIGURE_DEPENDS: a new file is picked up by the next build without a manual re-configure.
file(GLOB_RECURSE _baartal_format_files CONFIGURE_DEPENDS
    RELATIVE "${PROJECT_SOURCE_DIR}" ${_baartal_format_globs})
list(SORT _baartal_format_files)

if(NOT BAARTAL_CLANG_FORMAT)
    set(_baartal_no_format ${CMAKE_COMMAND} -E echo "clang-format not found: run scripts/install-deps.sh")
    add_custom_target(format COMMAND ${_baartal_no_format} COMMAND ${CMAKE_COMMAND} -E false VERBATIM)
    add_custom_target(format-check COMMAND ${_baartal_no_format} COMMAND ${CMAKE_COMMAND} -E false VERBATIM)
elseif(NOT _baartal_format_files)
    add_custom_target(format COMMAND ${CMAKE_COMMAND} -E echo "format: no C++ sources yet" VERBATIM)
    add_custom_target(format-check COMMAND ${CMAKE_COMMAND} -E echo "format-check: no C++ sources yet" VERBATIM)
else()
    list(LENGTH _baartal_format_files _baartal_format_count)
    add_custom_target(format
        COMMAND ${BAARTAL_CLANG_FORMAT} -i --style=file ${_baartal_format_files}
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        COMMENT "clang-format -i on ${_baartal_format_count} files"
        VERBATIM)
    add_custom_target(format-check
        COMMAND ${BAARTAL_CLANG_FORMAT} --dry-run --Werror --style=file ${_baartal_format_files}
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        COMMENT "clang-format --dry-run --Werror on ${_baartal_format_count} files"
        VERBATIM)
endif()

unset(_dir)
unset(_baartal_format_globs)
