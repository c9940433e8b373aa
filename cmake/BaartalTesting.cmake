# baartal_add_test(NAME tst_x SOURCES tst_x.cpp LIBS baartal_core [LABELS a b] [ENVIRONMENT K=V ...])
# One Qt Test executable registered with CTest. Every test links baartal_testsupport and runs on
# the offscreen platform, so GUI tests need no display.
function(baartal_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    if(NOT T_NAME OR NOT T_SOURCES)
        message(FATAL_ERROR "baartal_add_test needs NAME and SOURCES")
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test baartal_testsupport ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;BAARTAL_BUILD_DIR=${PROJECT_BINARY_DIR};${T_ENVIRONMENT}")
endfunction()
