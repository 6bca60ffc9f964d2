# cmake -DGZIP=gzip -DIN=file -DOUT=file.gz -P gzip.cmake: compresses reproducibly (-n: no name or
# time stamp in the header), as Debian wants manual pages.
execute_process(COMMAND "${GZIP}" -9nc "${IN}" OUTPUT_FILE "${OUT}.tmp" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gzip ${IN} failed (${rc})")
endif()
file(RENAME "${OUT}.tmp" "${OUT}")
